select count(*) = 1 as t from orders o join customers c on c.id = o.client_id;
