-- check/add: a check constraint is added; the rows satisfy it
create table t (id integer primary key, qty integer);
insert into t values (1, 5);
