select count(*) = 2 and sum(doubled) = 800 as t from order_totals;
