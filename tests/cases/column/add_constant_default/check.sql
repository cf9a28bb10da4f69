select count(*) = 2 as t from t where score = 10;
