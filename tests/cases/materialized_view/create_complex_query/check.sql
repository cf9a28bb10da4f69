select (select count(*) from ranked_sales) = 3 as t;
