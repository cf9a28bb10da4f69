-- view/drop_table_and_view: a table and the view reading it are both dropped
create table t (id integer primary key);
create view v as select id from t;
create table keep (id integer);
