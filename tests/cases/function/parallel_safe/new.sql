-- function/parallel_safe: functions change between PARALLEL UNSAFE, RESTRICTED and SAFE
create function a_fn(x integer) returns integer language sql immutable parallel safe as $$ select x * 2 $$;
create function b_fn(x integer) returns integer language sql immutable parallel restricted as $$ select x * 3 $$;
create function c_fn(x integer) returns integer language sql immutable as $$ select x * 4 $$;
