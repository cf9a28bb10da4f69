select count(*) = 1 as t from t where email = 'a@x';
