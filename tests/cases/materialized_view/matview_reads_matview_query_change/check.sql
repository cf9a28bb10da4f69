select (select count(*) from sales) = 3 and (select total from grand_total) = 17 as t;
