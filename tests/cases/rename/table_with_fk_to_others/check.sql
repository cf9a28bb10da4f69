select count(*) = 1 as t from order_lines;
