select count(*) = 1 as t from t where qty = 5;
