-- view/view_on_view_create: two new views, the second reading the first (names sort the other way round)
create table t (id integer primary key, qty integer);
create view z_base as select id, qty from t where qty > 0;
create view a_top as select count(*) as n from z_base;
