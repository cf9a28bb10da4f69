select count(*) = 3 and count(parent) = 2 and sum(parent) = 2 as t from accounts;
