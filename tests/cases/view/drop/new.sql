-- view/drop: a view is dropped, its table stays
create table t (id integer primary key, active boolean);
