-- view/create: a new view over an existing table
create table t (id integer primary key, active boolean);
