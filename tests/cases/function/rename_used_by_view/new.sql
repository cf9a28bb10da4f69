-- function/rename_used_by_view: a function a view calls is renamed; the view follows and is kept
create table t (id integer primary key, price numeric(10, 2));
create function with_tax(p numeric) returns numeric language sql immutable as $$ select p * 1.2 $$;
create view priced as select id, with_tax(price) as gross from t;
