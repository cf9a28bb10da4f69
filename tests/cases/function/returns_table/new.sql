-- function/returns_table: a RETURNS TABLE function reading a table is created
create table t (id integer primary key, qty integer);
create function big_rows(min_qty integer) returns table (id integer, qty integer) language sql stable as $$ select t.id, t.qty from t where t.qty >= min_qty $$;
