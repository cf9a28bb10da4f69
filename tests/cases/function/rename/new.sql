-- function/rename: a function is renamed (same arguments)
create function new_name(x integer) returns integer language sql immutable as $$ select x + 1 $$;
