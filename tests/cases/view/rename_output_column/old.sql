-- view/rename_output_column: a view's output column gets another alias
create table t (a integer);
create view v as select a as x from t;
