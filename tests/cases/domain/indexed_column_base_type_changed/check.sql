select count(*) = 3 and sum(id) = 6 and count(parent) = 2 as t from accounts;
