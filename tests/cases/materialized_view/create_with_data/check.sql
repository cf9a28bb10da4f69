select (select count(*) from sales) = 3
   and (select count(*) from region_totals) = 2
   and (select total from region_totals where region = 'north') = 15 as t;
