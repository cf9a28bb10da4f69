select count(*) = 2 and sum(a) = 33 as t from t;
