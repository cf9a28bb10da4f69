select count(*) = 2 as t from customer_totals;
