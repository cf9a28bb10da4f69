-- comment/survives_recreated_check: a commented check recreated for a new expression keeps its comment
create table t (qty integer constraint t_qty_check check (qty > 0));
comment on constraint t_qty_check on t is 'sane quantity';
