-- column/drop_column_used_by_check: a column named in a multi-column check is dropped (the check goes with it)
create table t (id integer primary key, lo integer);
