select count(distinct id) = 2 as t from t;
