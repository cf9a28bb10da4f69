select count(*) = 2 as t from orders where owner_id in (42, 7);
