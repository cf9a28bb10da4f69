-- view/drop: a view is dropped, its table stays
create table t (id integer primary key, active boolean);
create view active_t as select id from t where active;
