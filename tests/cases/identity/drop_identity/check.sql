select count(*) = 2 as t from t where id in (1, 2);
