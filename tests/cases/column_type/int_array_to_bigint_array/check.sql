select count(*) = 1 as t from t where id = 1 and ids = '{1,2,3}'::bigint[];
