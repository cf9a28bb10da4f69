select count(*) = 2 as t from t where (id = 1 and flag = 1) or (id = 2 and flag = 0);
