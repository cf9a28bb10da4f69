select (select count(*) from sales) = 3 as t;
