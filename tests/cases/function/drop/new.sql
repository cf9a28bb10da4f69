-- function/drop: a function is dropped, the table stays
create table t (id integer primary key, qty integer);
