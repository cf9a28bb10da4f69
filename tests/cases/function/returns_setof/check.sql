select count(*) = 5 as t from evens(10);
