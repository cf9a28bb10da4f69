-- table_option/replica_identity_index_to_default: a table's replica identity goes back from a unique index (kept) to DEFAULT
create table accounts (id integer primary key, tenant_id integer not null, login text not null);
create unique index accounts_tenant_login_key on accounts (tenant_id, login);
alter table accounts replica identity using index accounts_tenant_login_key;
