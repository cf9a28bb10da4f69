-- function/returns_table_add_column: a RETURNS TABLE function gains an output column
create table t (id integer primary key, qty integer);
create function big_rows(min_qty integer) returns table (id integer, qty integer) language sql stable as $$ select t.id, t.qty from t where t.qty >= min_qty $$;
