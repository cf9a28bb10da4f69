-- policy/function_body_changed: only the body of a SQL function called by a policy changes (CREATE OR REPLACE; the policy stays as it is)
create function current_tenant() returns integer language sql stable as $$
    select current_setting('app.tenant_id')::integer
$$;
create table invoices (id integer primary key, tenant_id integer not null, amount numeric(10,2));
alter table invoices enable row level security;
create policy invoices_tenant on invoices using (tenant_id = current_tenant());
