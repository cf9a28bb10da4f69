-- function/set_params_removed: all SET parameters of a function are reset
create function f(x integer) returns integer language plpgsql set search_path = pg_catalog set lock_timeout = '1s' as $$ begin return x; end $$;
