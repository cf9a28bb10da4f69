select count(*) = 2 and sum(qty) = 10 as t from stock;
