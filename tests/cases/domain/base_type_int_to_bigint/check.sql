select count(*) = 2 and sum(qty) = 2147483652 as t from lines;
