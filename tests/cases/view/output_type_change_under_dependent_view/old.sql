-- view/output_type_change_under_dependent_view: a view's column changes type while another view reads it (both recreated)
create table t (id integer primary key, amount integer);
create view v1 as select id, amount from t;
create view v2 as select id, amount from v1 where amount > 0;
