-- view/change_where: a view keeps its columns, its WHERE changes
create table t (id integer primary key, qty integer);
create view v as select id, qty from t where qty > 0;
