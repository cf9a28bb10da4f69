select count(*) = 2 as t from jobs where id in (1, 2);
