-- column_type/smallint_to_integer_with_check: a column with a check constraint widens from smallint to integer
create table t (id integer primary key, qty smallint constraint t_qty_check check (qty > 0));
insert into t values (1, 3);
