-- procedure/aggregate_moving: an aggregate gains moving-aggregate support (MSFUNC, MINVFUNC, MSTYPE, MINITCOND)
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create function int_inv(s bigint, v integer) returns bigint language sql immutable strict as $$ select s - v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0', msfunc = int_acc, minvfunc = int_inv, mstype = bigint, minitcond = '0');
