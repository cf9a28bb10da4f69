-- function/used_by_column_default: a new function becomes an existing column's default
create table t (id integer primary key, code text);
insert into t values (1, 'a');
