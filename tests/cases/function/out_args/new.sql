-- function/out_args: a new function returns two OUT arguments read from a table
create table t (id integer primary key, qty integer);
create function min_max(out lo integer, out hi integer) language sql stable as $$ select min(qty), max(qty) from t $$;
