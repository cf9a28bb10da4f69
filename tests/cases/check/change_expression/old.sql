-- check/change_expression: a check constraint keeps its name, its expression changes
create table t (id integer primary key, qty integer constraint t_qty_check check (qty >= 0));
insert into t values (1, 5);
