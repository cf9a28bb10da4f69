select count(*) = 2 and count(home) = 0 as t from people;
