-- table_option/replica_identity_using_index: a table's replica identity changes from DEFAULT to a unique index that exists on both sides
create table accounts (id integer primary key, tenant_id integer not null, login text not null);
create unique index accounts_tenant_login_key on accounts (tenant_id, login);
