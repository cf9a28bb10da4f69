-- function/out_args_change: a function gains a third OUT argument (the row type changes, CREATE OR REPLACE refuses)
create table t (id integer primary key, qty integer);
create function min_max(out lo integer, out hi integer) language sql stable as $$ select min(qty), max(qty) from t $$;
