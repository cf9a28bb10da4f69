-- view/reorder_columns: a view's output columns change order
create table t (a integer, b text);
create view v as select a, b from t;
