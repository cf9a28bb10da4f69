select count(*) = 1 as t from t where total = 7;
