-- procedure/aggregate_moving: an aggregate gains moving-aggregate support (MSFUNC, MINVFUNC, MSTYPE, MINITCOND)
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
