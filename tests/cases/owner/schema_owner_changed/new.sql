-- owner/schema_owner_changed: a created schema is given to a role; the table in it stays with postgres
create schema billing;
create table billing.invoices (id integer primary key, amount numeric not null);
alter schema billing owner to own_admin;
