-- view/kept_through_column_rename: a column a view reads is renamed; the view is kept and keeps its output names
create table t (id integer primary key, name text, points integer);
create view v as select id, name as nm, upper(name) as loud, points as nm2 from t where name is not null order by name;
