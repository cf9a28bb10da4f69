-- procedure/aggregate_return_type_change: an aggregate's final function returns another type, so the aggregate's result type changes (CREATE OR REPLACE refuses)
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create function to_int(s bigint) returns integer language sql immutable as $$ select s::integer $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, finalfunc = to_int, initcond = '0');
