-- function/rename: a function is renamed (same arguments)
create function old_name(x integer) returns integer language sql immutable as $$ select x + 1 $$;
