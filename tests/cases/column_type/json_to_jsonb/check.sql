select count(*) = 1 as t from t where id = 1 and doc = '{"a": 1}'::jsonb;
