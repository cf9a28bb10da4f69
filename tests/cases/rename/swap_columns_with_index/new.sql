-- rename/swap_columns_with_index: two columns exchange names and the index stays on the name, so it moves to the other column
create table t (b integer, a text);
create index t_a_idx on t (a);
