-- check/add: a check constraint is added; the rows satisfy it
create table t (id integer primary key, qty integer constraint t_qty_check check (qty >= 0));
