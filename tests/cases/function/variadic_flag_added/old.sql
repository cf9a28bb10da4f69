-- function/variadic_flag_added: an integer[] argument becomes VARIADIC integer[] (same signature)
create function sum_all(vals integer[]) returns bigint language sql immutable as $$ select sum(v) from unnest(vals) v $$;
