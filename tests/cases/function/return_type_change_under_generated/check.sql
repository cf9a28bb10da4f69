select count(*) = 1 as t from t where a = 21 and d = 42;
