-- view/view_on_view_create: two new views, the second reading the first (names sort the other way round)
create table t (id integer primary key, qty integer);
