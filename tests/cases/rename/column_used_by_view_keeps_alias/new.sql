-- rename/column_used_by_view_keeps_alias: a column a view reads is renamed; the view keeps its output name
create table t (id integer primary key, name text);
create view v as select id, name as nm from t;
