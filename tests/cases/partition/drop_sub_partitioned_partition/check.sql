select (select count(*) from stock_moves) = 1 and (select sum(qty) from stock_moves_south) = 7 as t;
