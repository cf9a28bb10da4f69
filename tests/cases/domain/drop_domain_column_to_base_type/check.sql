select count(*) = 2 as t from users where email in ('a@example.com', 'b@example.com');
