select (select count(*) from y) = 1 and (select count(*) from x) = 2 as t;
