-- function/cost_rows: a set-returning function's COST and ROWS estimates change, a scalar one's COST too
create function evens(n integer) returns setof integer language sql immutable as $$ select g from generate_series(2, n, 2) g $$;
create function slow(x integer) returns integer language plpgsql immutable as $$ begin return x; end $$;
