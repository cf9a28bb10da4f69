select count(*) = 2 as t from tasks where priority = 5;
