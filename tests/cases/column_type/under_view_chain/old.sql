-- column_type/under_view_chain: a column read by a view that another view reads changes type
create table t (id integer primary key, code varchar(10));
create view v1 as select id, code from t;
create view v2 as select code, count(*) as n from v1 group by code;
