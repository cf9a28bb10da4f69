-- column/drop_column: a column with data is dropped
create table t (id integer primary key);
