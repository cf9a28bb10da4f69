-- procedure/aggregate_stype_change: an aggregate's state type changes from integer to bigint with new state and final functions (result type kept)
create function acc8(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create function fin8(s bigint) returns numeric language sql immutable as $$ select s::numeric $$;
create aggregate my_total(integer) (sfunc = acc8, stype = bigint, finalfunc = fin8, initcond = '0');
