-- index/include_change: an index's INCLUDE list gains a column
create table t (id integer primary key, a integer, b integer, c integer);
create index t_a_idx on t (a) include (b);
