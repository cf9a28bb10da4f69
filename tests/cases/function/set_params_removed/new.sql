-- function/set_params_removed: all SET parameters of a function are reset
create function f(x integer) returns integer language plpgsql as $$ begin return x; end $$;
