-- table/drop_several_tables: three tables, one referencing another, are dropped
create table a (id integer primary key);
create table b (id integer primary key, a_id integer references a (id));
create table c (id integer);
insert into a values (1);
insert into b values (1, 1);
