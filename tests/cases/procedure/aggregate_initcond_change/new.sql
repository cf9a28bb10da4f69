-- procedure/aggregate_initcond_change: an aggregate's INITCOND changes and another loses its INITCOND
create function int_acc(s bigint, v integer) returns bigint language sql immutable as $$ select coalesce(s, 0) + v $$;
create aggregate a_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '100');
create aggregate b_sum(integer) (sfunc = int_acc, stype = bigint);
