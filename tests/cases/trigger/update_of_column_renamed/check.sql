select count(*) = 1 as t from t where price = 9.99;
