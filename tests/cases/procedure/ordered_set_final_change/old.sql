-- procedure/ordered_set_final_change: an ordered-set aggregate's final function is replaced by one with FINALFUNC_EXTRA
create function pct_acc(s float8[], v float8) returns float8[] language sql immutable strict as $$ select s || v $$;
create function pct_low(s float8[], p float8) returns float8 language sql immutable as $$ select x from unnest(s) x order by x offset floor(p * (cardinality(s) - 1)) limit 1 $$;
create aggregate my_pct(float8 order by float8) (sfunc = pct_acc, stype = float8[], finalfunc = pct_low, initcond = '{}');
