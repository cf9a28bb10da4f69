select count(*) = 2 as t from t where code in ('b', 'B');
