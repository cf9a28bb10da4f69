-- procedure/aggregate_return_type_change_under_view: an aggregate a view calls changes result type; the view is dropped and created again
create table t (id integer primary key, grp integer, qty integer);
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
create view sums as select grp, my_sum(qty) as total from t group by grp;
