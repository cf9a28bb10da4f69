-- check/add_not_valid_with_violating_rows: a check is added NOT VALID to a table whose old rows break it
create table t (id integer primary key, qty integer);
alter table t add constraint t_qty_check check (qty >= 0) not valid;
