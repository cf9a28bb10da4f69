select (select count(*) from order_lines) = 2 and (select count(*) from products) = 2 as t;
