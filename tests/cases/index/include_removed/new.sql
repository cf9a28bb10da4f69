-- index/include_removed: an index loses its INCLUDE list
create table t (id integer primary key, a integer, b integer);
create index t_a_idx on t (a);
