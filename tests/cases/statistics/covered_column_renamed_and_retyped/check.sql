select count(*) = 1 as t from t where customer = 7;
