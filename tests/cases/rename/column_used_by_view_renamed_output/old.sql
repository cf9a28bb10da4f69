-- rename/column_used_by_view_renamed_output: a column a view reads is renamed and the view's output column follows
create table t (id integer primary key, nm text);
create view v as select id, nm from t;
create view w as select nm from v;
