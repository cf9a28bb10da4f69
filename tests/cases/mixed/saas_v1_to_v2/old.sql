-- mixed/saas_v1_to_v2: a small SaaS schema evolves: a new enum column, a renamed column, a new table with a foreign key, a new index, a dropped column, comments
create table tenants (id bigint generated always as identity primary key, name text not null, legacy_flag boolean);
create table users (id bigint generated always as identity primary key, tenant_id bigint not null references tenants (id), mail text not null);
create index users_tenant_idx on users (tenant_id);
insert into tenants (name) values ('acme');
insert into users (tenant_id, mail) values (1, 'a@acme');
