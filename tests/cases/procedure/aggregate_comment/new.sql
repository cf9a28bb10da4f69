-- procedure/aggregate_comment: an aggregate gains a comment
create function int_acc(s bigint, v integer) returns bigint language sql immutable strict as $$ select s + v $$;
create aggregate my_sum(integer) (sfunc = int_acc, stype = bigint, initcond = '0');
create function pct_acc(s float8[], v float8) returns float8[] language sql immutable strict as $$ select s || v $$;
create function pct_final(s float8[], p float8) returns float8 language sql immutable as $$ select s[1] $$;
create aggregate my_pct(float8 order by float8) (sfunc = pct_acc, stype = float8[], finalfunc = pct_final, initcond = '{}');
comment on aggregate my_sum(integer) is 'sums; "it''s" fine';
comment on aggregate my_pct(float8 order by float8) is 'a percentile';
