select (select count(*) from sales) = 3 and (select count(*) from north_totals) = 2 as t;
