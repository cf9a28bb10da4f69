-- function/return_type_change_under_view: a function a view calls changes return type; the view is dropped and created again
create table t (id integer primary key, qty integer);
create function half(v integer) returns numeric language sql immutable as $$ select v / 2.0 $$;
create view halves as select id, half(qty) as h from t;
