select count(*) = 1 as t from app.t where a = 1;
