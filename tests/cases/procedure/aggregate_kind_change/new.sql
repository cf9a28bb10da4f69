-- procedure/aggregate_kind_change: a normal aggregate over (float8, float8) becomes an ordered-set aggregate with the same argument types (CREATE OR REPLACE refuses)
create function acc2(s float8[], a float8, b float8) returns float8[] language sql immutable as $$ select s || (a * b) $$;
create function acc1(s float8[], v float8) returns float8[] language sql immutable as $$ select s || v $$;
create function fin1(s float8[]) returns float8 language sql immutable as $$ select s[1] $$;
create function fin2(s float8[], p float8) returns float8 language sql immutable as $$ select s[1] * p $$;
create aggregate weird_agg(float8 order by float8) (sfunc = acc1, stype = float8[], finalfunc = fin2, initcond = '{}');
