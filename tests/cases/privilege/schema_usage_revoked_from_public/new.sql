-- privilege/schema_usage_revoked_from_public: USAGE on a schema the file creates is taken from PUBLIC and given to one role
create schema billing;
create table billing.invoices (id integer primary key, amount numeric(10,2) not null);
grant usage on schema billing to app_user;
