-- procedure/aggregate_other_schema: an aggregate and its state function in a new schema, with a quoted, capitalised name
create schema "Stats";
create function "Stats".int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate "Stats"."My Sum"(integer) (sfunc = "Stats".int_acc, stype = bigint, initcond = '0');
