-- procedure/aggregate_create: an aggregate with SFUNC, STYPE and INITCOND is created with its state function
create table t (id integer primary key, qty integer);
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
