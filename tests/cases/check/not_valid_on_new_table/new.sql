-- check/not_valid_on_new_table: a new table whose check is NOT VALID (only ALTER TABLE can add it so)
create table t (id integer primary key, qty integer);
alter table t add constraint t_qty_check check (qty >= 0) not valid;
