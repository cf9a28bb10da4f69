-- rename/column_and_type_change: a column is renamed and changes type in the same plan
create table t (id integer primary key, cnt integer);
insert into t values (1, 7);
