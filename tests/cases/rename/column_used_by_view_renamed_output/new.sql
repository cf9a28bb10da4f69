-- rename/column_used_by_view_renamed_output: a column a view reads is renamed and the view's output column follows
create table t (id integer primary key, name text);
create view v as select id, name from t;
create view w as select name from v;
