select (select count(*) from orders_by_channel) = 3 and (select max(discount) from orders_by_channel_shop) = 80 as t;
