select count(*) = 1 as t from codes where code = 7;
