-- check/validate: a NOT VALID check is validated
create table t (id integer primary key, qty integer constraint t_qty_check check (qty >= 0));
