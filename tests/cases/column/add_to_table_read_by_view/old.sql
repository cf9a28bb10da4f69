-- column/add_to_table_read_by_view: a column is added to a table a view reads (the view keeps its columns)
create table t (id integer primary key, a integer);
create view v as select * from t;
