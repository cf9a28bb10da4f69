-- view/remove_column: a view loses an output column (CREATE OR REPLACE cannot do it)
create table t (id integer primary key, a integer, b text);
create view v as select id, b from t;
