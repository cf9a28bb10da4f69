select count(*) = 1 as t from contacts where email = 'a@example.com';
