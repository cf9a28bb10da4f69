-- check/rename: a check constraint is renamed
create table t (id integer primary key, qty integer constraint qty_not_negative check (qty >= 0));
