-- table/drop_all_columns: every column of a table is dropped, the table stays with none
create table t (a integer, b text);
insert into t values (1, 'x'), (2, 'y');
