-- view_option/security_invoker_removed: a view loses security_invoker
create table invoices (id integer primary key, tenant text not null, total numeric(12, 2) not null);
create view invoice_totals with (security_invoker = true) as select tenant, total from invoices;
