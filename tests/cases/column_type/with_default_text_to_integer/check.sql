select count(*) = 2 as t from t where (id = 1 and qty = 5) or (id = 2 and qty = 0);
