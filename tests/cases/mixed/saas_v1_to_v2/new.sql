-- mixed/saas_v1_to_v2: a small SaaS schema evolves: a new enum column, a renamed column, a new table with a foreign key, a new index, a dropped column, comments
create type role as enum ('member', 'admin');
create table tenants (id bigint generated always as identity primary key, name text not null, created_at timestamptz not null default now());
comment on table tenants is 'Customers';
create table users (id bigint generated always as identity primary key, tenant_id bigint not null references tenants (id) on delete cascade,
    email text not null, role role not null default 'member', constraint users_tenant_email_key unique (tenant_id, email));
create index users_tenant_idx on users (tenant_id);
create table projects (id bigint generated always as identity primary key, tenant_id bigint not null references tenants (id), title varchar(200) not null);
create index projects_tenant_title_idx on projects (tenant_id, lower(title));
