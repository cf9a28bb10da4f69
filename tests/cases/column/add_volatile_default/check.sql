select count(distinct token) = 2 as t from t;
