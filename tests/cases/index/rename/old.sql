-- index/rename: an index is renamed
create table t (a integer);
create index t_a_idx on t (a);
