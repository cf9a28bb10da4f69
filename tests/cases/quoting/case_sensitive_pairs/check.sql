select count(*) = 1 as t from users where name = 'lower';
