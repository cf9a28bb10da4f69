select (select count(*) from sales) = 3 and (select tax from sales_tax where id = 1)::text = '2.50' as t;
