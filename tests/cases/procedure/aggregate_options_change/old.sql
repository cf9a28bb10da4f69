-- procedure/aggregate_options_change: an aggregate loses its COMBINEFUNC, becomes PARALLEL RESTRICTED and gains FINALFUNC_MODIFY and a FINALFUNC
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict parallel safe as $$ select s + v $$;
create function big_comb(a bigint, b bigint) returns bigint language sql immutable strict parallel safe as $$ select a + b $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, combinefunc = big_comb, initcond = '0', parallel = safe);
