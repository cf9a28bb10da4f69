select count(*) = 5 and count(*) filter (where code is null) = 2 as t from accounts;
