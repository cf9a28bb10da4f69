select (select count(*) from past_orders) = 2 and (select count(*) from current_orders) = 1 as t;
