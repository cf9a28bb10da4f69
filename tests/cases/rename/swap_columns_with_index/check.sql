select count(*) = 1 as t from t where b = 1 and a = 'two';
