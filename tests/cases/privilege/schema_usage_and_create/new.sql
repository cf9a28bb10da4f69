-- privilege/schema_usage_and_create: on a schema the file creates, one role gets USAGE and another USAGE and CREATE
create schema billing;
create table billing.invoices (id integer primary key, amount numeric(10,2) not null);
grant usage, create on schema billing to app_admin;
grant usage on schema billing to app_user;
