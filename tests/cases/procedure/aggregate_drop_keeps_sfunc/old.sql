-- procedure/aggregate_drop_keeps_sfunc: an aggregate is dropped, its state function stays
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
