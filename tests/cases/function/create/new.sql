-- function/create: a new SQL function over an existing table
create table t (id integer primary key, qty integer);
create function add_one(x integer) returns integer language sql immutable as $$ select x + 1 $$;
