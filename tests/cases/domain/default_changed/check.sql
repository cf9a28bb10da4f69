select count(*) = 1 as t from tasks where id = 2 and prio = 3;
