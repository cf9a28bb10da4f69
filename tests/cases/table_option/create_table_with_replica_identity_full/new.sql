-- table_option/create_table_with_replica_identity_full: a new table is created with replica identity FULL
create table price_changes (product text not null, price numeric(10, 2) not null, changed_at timestamptz not null);
alter table price_changes replica identity full;
