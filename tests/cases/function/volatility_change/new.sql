-- function/volatility_change: one function goes VOLATILE to IMMUTABLE, another IMMUTABLE to STABLE
create function a_fn(x integer) returns integer language sql immutable as $$ select x * 3 $$;
create function b_fn() returns timestamptz language sql stable as $$ select now() $$;
