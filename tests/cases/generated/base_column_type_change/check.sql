select count(*) = 1 as t from t where doubled = 42;
