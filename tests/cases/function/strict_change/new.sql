-- function/strict_change: one function becomes STRICT, another goes back to CALLED ON NULL INPUT
create function a_fn(x integer) returns integer language sql immutable strict as $$ select coalesce(x, 0) + 1 $$;
create function b_fn(x integer) returns integer language sql immutable as $$ select x + 1 $$;
