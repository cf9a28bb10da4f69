-- table_option/replica_identity_default_to_nothing: a table's replica identity changes from DEFAULT to NOTHING
create table audit_trail (id bigint primary key, message text not null);
alter table audit_trail replica identity nothing;
