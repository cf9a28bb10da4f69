-- function/sql_body_begin_atomic: a function with a SQL-standard BEGIN ATOMIC body reading a table is created
create table t (id integer primary key, qty integer);
