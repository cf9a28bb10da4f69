-- column/drop_column_used_by_index: a column with a single-column and a multi-column index is dropped (its indexes go with it)
create table t (id integer primary key, a integer, b integer);
create index t_a_idx on t (a);
create index t_a_b_idx on t (a, b);
create index t_b_idx on t (b);
