-- check/drop: a check constraint is dropped
create table t (id integer primary key, qty integer constraint t_qty_check check (qty >= 0));
