select count(*) = 3 and sum(a) = 60 and sum(b) = 600 as t from t;
