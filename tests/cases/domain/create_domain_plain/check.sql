select count(*) = 2 as t from items where code is null;
