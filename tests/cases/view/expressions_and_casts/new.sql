-- view/expressions_and_casts: a view with casts, CASE, string concatenation and a subquery
create table t (id integer primary key, a integer, b text);
create view v as
    select id, a::bigint as big_a, case when a > 0 then 'pos' else 'neg' end as sign,
        b || '!' as loud, (select count(*) from t t2 where t2.a < t.a) as rank_below
    from t;
