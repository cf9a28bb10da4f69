-- table_option/replica_identity_index_switched: a table's replica identity moves from one unique index to another (both kept)
create table accounts (id integer not null, tenant_id integer not null, login text not null);
create unique index accounts_id_key on accounts (id);
create unique index accounts_tenant_login_key on accounts (tenant_id, login);
alter table accounts replica identity using index accounts_id_key;
