select count(*) = 1 as t from customers where email = 'a@x';
