-- procedure/aggregate_sfunc_change: an aggregate's state function is replaced by another; the old one is dropped
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_agg(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
