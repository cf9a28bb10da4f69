-- function/rename_one_overload: one of two overloads is renamed, the other keeps the name
create function f(x integer) returns integer language sql immutable as $$ select x + 1 $$;
create function f(x text) returns text language sql immutable as $$ select x || '1' $$;
