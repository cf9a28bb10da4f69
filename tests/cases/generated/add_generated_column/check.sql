select count(*) = 2 as t from lines where total = qty * price;
