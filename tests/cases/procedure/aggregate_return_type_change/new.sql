-- procedure/aggregate_return_type_change: an aggregate's final function returns another type, so the aggregate's result type changes (CREATE OR REPLACE refuses)
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create function to_text(s bigint) returns text language sql immutable as $$ select s::text $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, finalfunc = to_text, initcond = '0');
