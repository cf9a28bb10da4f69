select (select count(*) from sales) = 3 and (select count(*) from sales_flat) = 3 as t;
