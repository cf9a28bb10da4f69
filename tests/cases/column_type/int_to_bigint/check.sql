select count(*) = 2 as t from t where (id = 1 and n = 2147483647) or (id = 2 and n = -5);
