-- table_option/column_storage_kept_over_varchar_widening: a varchar(20) column with storage MAIN widens to varchar(50) (no rewrite) and keeps storage MAIN (the type change resets it)
create table customers (id integer primary key, nickname varchar(50));
alter table customers alter column nickname set storage main;
