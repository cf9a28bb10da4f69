-- function/set_params_changed: a function's SET parameters change, one is reset, one added, and search_path becomes empty
create function f(x integer) returns integer language plpgsql set search_path = '' set statement_timeout = '5s' as $$ begin return x; end $$;
