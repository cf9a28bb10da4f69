-- procedure/aggregate_sfunc_change: an aggregate's state function is replaced by another; the old one is dropped
create function sq_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v * v $$;
create aggregate my_agg(integer) (sfunc = sq_acc, stype = bigint, initcond = '0');
