select count(*) = 2 as t from customers where nickname in ('ann', 'bob');
