-- procedure/aggregate_overloads: an aggregate overload for bigint is added and the one for smallint dropped, with their state functions
create function acc_int(s numeric, v integer) returns numeric language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = acc_int, stype = numeric, initcond = '0');
create function acc_small(s numeric, v smallint) returns numeric language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(smallint) (sfunc = acc_small, stype = numeric, initcond = '0');
