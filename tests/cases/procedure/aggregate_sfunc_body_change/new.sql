-- procedure/aggregate_sfunc_body_change: an aggregate's state function changes body; the aggregate is kept
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + abs(v) $$;
create aggregate my_agg(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
