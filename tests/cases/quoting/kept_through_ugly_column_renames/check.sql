select count(*) = 1 as t from t where "New Name" = 'a' and "order" = 'b' and xy = 2;
