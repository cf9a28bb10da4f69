select count(*) = 2 and sum(a) = 3 as t from m;
