-- procedure/aggregate_combinefunc_parallel: an aggregate gains a COMBINEFUNC and PARALLEL = SAFE
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict parallel safe as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
