-- check/no_inherit_on: a check becomes NO INHERIT
create table t (id integer primary key, qty integer constraint t_qty_check check (qty >= 0) no inherit);
