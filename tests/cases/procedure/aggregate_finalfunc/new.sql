-- procedure/aggregate_finalfunc: an average aggregate with an array state and a FINALFUNC is created
create function avg_acc(s numeric[], v numeric) returns numeric[] language sql immutable strict as $$ select array[s[1] + v, s[2] + 1] $$;
create function avg_final(s numeric[]) returns numeric language sql immutable as $$ select case when s[2] = 0 then null else s[1] / s[2] end $$;
create aggregate my_avg(numeric) (sfunc = avg_acc, stype = numeric[], finalfunc = avg_final, initcond = '{0,0}');
