select count(*) = 2 and count(email) = 1 as t from users where id in (1, 2);
