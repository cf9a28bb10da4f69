-- index/unique_nulls_not_distinct: a unique index becomes NULLS NOT DISTINCT
create table t (a integer, b integer);
create unique index t_a_b_key on t (a, b);
