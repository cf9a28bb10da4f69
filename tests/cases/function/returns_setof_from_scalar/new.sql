-- function/returns_setof_from_scalar: a function returning integer now returns SETOF integer
create function evens(n integer) returns setof integer language sql immutable as $$ select g from generate_series(2, n, 2) g $$;
