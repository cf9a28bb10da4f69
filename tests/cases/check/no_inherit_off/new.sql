-- check/no_inherit_off: a NO INHERIT check becomes a plain one
create table t (id integer primary key, qty integer constraint t_qty_check check (qty >= 0));
