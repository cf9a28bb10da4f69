-- column_type/under_view: a column a view reads changes type (the view is dropped and recreated around it)
create table t (id integer primary key, amount integer);
create view v as select id, amount from t where amount > 0;
insert into t values (1, 5);
