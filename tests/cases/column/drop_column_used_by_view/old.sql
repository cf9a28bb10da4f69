-- column/drop_column_used_by_view: a view reading a dropped column is recreated without it
create table t (id integer primary key, a integer, b integer);
create view v as select id, a, b from t;
