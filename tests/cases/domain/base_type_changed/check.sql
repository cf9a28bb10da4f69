select count(*) = 2 as t from users where email like '%@%';
