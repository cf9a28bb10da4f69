-- table_option/replica_identity_full_to_default: a table's replica identity changes from FULL back to DEFAULT
create table customers (id integer primary key, email text not null);
alter table customers replica identity full;
