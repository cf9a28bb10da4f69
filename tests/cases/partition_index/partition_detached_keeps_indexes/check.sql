select (select count(*) from orders_2024) = 1 and (select count(*) from orders) = 1 as t;
