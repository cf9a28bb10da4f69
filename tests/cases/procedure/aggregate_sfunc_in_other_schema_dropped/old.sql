-- procedure/aggregate_sfunc_in_other_schema_dropped: an aggregate in public whose state function lives in a schema that is dropped; the aggregate moves to a public state function
create schema lib;
create function lib.int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = lib.int_acc, stype = bigint, initcond = '0');
