select count(*) = 1 as t from t where id = 1 and n = 7;
