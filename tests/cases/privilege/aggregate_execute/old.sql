-- privilege/aggregate_execute: EXECUTE on an aggregate is revoked from PUBLIC and granted to one role; its state function keeps the default
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
