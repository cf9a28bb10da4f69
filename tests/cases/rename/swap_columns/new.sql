-- rename/swap_columns: two columns exchange names (needs a temporary name)
create table t (b integer, a text);
