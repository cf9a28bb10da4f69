-- view/add_column_at_end: a view gains an output column after its existing ones
create table t (id integer primary key, a integer, b text);
create view v as select id, a, b from t;
