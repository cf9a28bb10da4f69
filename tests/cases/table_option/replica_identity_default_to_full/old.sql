-- table_option/replica_identity_default_to_full: a table's replica identity changes from DEFAULT to FULL
create table customers (id integer primary key, email text not null);
