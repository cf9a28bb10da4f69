-- function/create: a new SQL function over an existing table
create table t (id integer primary key, qty integer);
