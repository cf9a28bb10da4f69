-- not_null/with_new_default: a column gains a default and NOT NULL together
create table t (id integer primary key, qty integer);
insert into t values (1, 3);
