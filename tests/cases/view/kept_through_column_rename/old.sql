-- view/kept_through_column_rename: a column a view reads is renamed; the view is kept and keeps its output names
create table t (id integer primary key, nm text, score integer);
create view v as select id, nm, upper(nm) as loud, score as nm2 from t where nm is not null order by nm;
