-- function/change_return_type: a function's return type changes from integer to bigint (CREATE OR REPLACE refuses)
create table t (id integer primary key, qty integer);
create function total_qty() returns bigint language sql stable as $$ select coalesce(sum(qty), 0) from t $$;
