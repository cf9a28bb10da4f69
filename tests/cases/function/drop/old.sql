-- function/drop: a function is dropped, the table stays
create table t (id integer primary key, qty integer);
create function add_one(x integer) returns integer language sql immutable as $$ select x + 1 $$;
