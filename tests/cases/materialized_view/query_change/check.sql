select (select count(*) from sales) = 3
   and (select count(*) from region_totals) = 2
   and (select sum(n) from region_totals) = 2 as t;
