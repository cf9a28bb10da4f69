-- procedure/aggregate_sortop: a max-like aggregate gains a SORTOP
create function int_max(s integer, v integer) returns integer language sql immutable strict as $$ select greatest(s, v) $$;
create aggregate my_max(integer) (sfunc = int_max, stype = integer);
