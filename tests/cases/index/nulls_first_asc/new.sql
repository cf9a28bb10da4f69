-- index/nulls_first_asc: an ascending key becomes NULLS FIRST, a DESC key becomes NULLS LAST
create table t (a integer, b integer);
create index t_a_idx on t (a nulls first);
create index t_b_idx on t (b desc nulls last);
