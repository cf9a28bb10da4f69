-- policy/current_setting_tenant: a tenant-isolation policy reads current_setting('app.tenant_id', true) directly
create table invoices (id integer primary key, tenant_id integer not null, amount numeric(10,2));
alter table invoices enable row level security;
alter table invoices force row level security;
insert into invoices values (1, 1, 10.00), (2, 2, 20.00);
