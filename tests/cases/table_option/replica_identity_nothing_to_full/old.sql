-- table_option/replica_identity_nothing_to_full: a table's replica identity changes from NOTHING to FULL
create table readings (sensor text not null, taken_at timestamptz not null, value double precision);
alter table readings replica identity nothing;
