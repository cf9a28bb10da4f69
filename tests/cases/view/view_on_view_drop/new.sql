-- view/view_on_view_drop: a view and the view reading it are both dropped
create table t (id integer primary key, qty integer);
