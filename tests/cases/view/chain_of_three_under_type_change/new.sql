-- view/chain_of_three_under_type_change: a column read through a chain of three views changes type
create table t (id integer primary key, code varchar(20));
create view v1 as select id, code from t;
create view v2 as select id, code from v1;
create view v3 as select code from v2 where id > 0;
