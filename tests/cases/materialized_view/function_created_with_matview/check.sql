select (select count(*) from sales_bands where band = 'high') = 2 as t;
