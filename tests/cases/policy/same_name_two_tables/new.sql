-- policy/same_name_two_tables: two tables each have a policy named tenant_rows; only the one on invoices changes
create table invoices (id integer primary key, tenant_id integer not null);
create table payments (id integer primary key, tenant_id integer not null);
alter table invoices enable row level security;
alter table payments enable row level security;
create policy tenant_rows on invoices for select to reporting using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer or tenant_id = 0);
create policy tenant_rows on payments using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer);
