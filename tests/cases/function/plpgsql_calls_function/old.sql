-- function/plpgsql_calls_function: a PL/pgSQL function calling a SQL helper is created with the helper
create table t (id integer primary key, qty integer);
