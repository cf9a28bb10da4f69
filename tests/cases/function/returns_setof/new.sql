-- function/returns_setof: a set-returning function is created
create function evens(n integer) returns setof integer language sql immutable as $$ select g from generate_series(2, n, 2) g $$;
