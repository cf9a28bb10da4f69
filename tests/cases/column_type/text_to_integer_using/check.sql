select count(*) = 3 as t from t where (id = 1 and qty = 1) or (id = 2 and qty = 42) or (id = 3 and qty is null);
