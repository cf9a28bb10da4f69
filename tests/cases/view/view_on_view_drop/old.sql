-- view/view_on_view_drop: a view and the view reading it are both dropped
create table t (id integer primary key, qty integer);
create view z_base as select id, qty from t where qty > 0;
create view a_top as select count(*) as n from z_base;
