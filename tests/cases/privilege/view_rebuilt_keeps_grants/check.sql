select count(*) = 2 as t from payments where amount in (10, 20);
