-- index/unique_to_plain: a unique index keeps its name and becomes non-unique
create table t (a integer);
create index t_a_idx on t (a);
