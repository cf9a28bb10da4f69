-- check/change_expression: a check constraint keeps its name, its expression changes
create table t (id integer primary key, qty integer constraint t_qty_check check (qty > 0 and qty < 1000));
