select count(*) = 1 as t from t where a = 1 and b = 2;
