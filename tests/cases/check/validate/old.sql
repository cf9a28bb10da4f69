-- check/validate: a NOT VALID check is validated
create table t (id integer primary key, qty integer);
insert into t values (1, 5);
alter table t add constraint t_qty_check check (qty >= 0) not valid;
