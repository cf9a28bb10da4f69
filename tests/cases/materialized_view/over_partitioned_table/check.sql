select (select count(*) from sales) = 3 and (select n from yearly_sales where year = 2024) = 2 as t;
