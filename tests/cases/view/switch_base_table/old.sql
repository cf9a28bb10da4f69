-- view/switch_base_table: a view now reads a new table; its old base table is dropped
create table t_old (id integer primary key);
create view v as select id from t_old;
