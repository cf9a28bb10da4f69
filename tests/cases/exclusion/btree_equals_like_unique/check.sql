select count(*) = 3 as t from products;
