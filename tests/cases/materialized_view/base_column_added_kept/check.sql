select (select count(*) from all_sales) = 3 as t;
