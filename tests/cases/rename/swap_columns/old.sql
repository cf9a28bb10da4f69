-- rename/swap_columns: two columns exchange names (needs a temporary name)
create table t (a integer, b text);
insert into t values (1, 'one');
