-- owner/aggregate_owner_changed: an aggregate is given to a role; its state function stays with postgres
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
alter aggregate my_sum(integer) owner to own_report;
