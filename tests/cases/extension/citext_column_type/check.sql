select count(*) = 1 as t from users where email = 'a@EXAMPLE.com';
