-- table/drop_all_columns: every column of a table is dropped, the table stays with none
create table t ();
