select count(*) = 1 as t from big_sales where amount = 150;
