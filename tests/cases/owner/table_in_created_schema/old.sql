-- owner/table_in_created_schema: a table in a created schema is given to a role; the schema stays with postgres
create schema billing;
create table billing.invoices (id integer primary key, amount numeric not null);
