-- primary_key/reorder_columns: a two-column key's column order flips
create table t (a integer, b integer, constraint t_pkey primary key (a, b));
