-- function/out_args: a new function returns two OUT arguments read from a table
create table t (id integer primary key, qty integer);
