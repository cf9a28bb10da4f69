-- rename/swap_columns_with_index: two columns exchange names and the index stays on the name, so it moves to the other column
create table t (a integer, b text);
create index t_a_idx on t (a);
insert into t values (1, 'two');
