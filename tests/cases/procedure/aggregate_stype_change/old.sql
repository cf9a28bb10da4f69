-- procedure/aggregate_stype_change: an aggregate's state type changes from integer to bigint with new state and final functions (result type kept)
create function acc4(s integer, v integer) returns integer language sql immutable strict as $$ select s + v $$;
create function fin4(s integer) returns numeric language sql immutable as $$ select s::numeric $$;
create aggregate my_total(integer) (sfunc = acc4, stype = integer, finalfunc = fin4, initcond = '0');
