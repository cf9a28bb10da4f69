-- function/language_change: a function is rewritten from SQL to PL/pgSQL, another from PL/pgSQL to SQL
create function a_fn(x integer) returns integer language sql immutable as $$ select x + 1 $$;
create function b_fn(x integer) returns integer language plpgsql immutable as $$ begin return x + 2; end $$;
