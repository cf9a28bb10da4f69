-- policy/other_schema: a policy is created on a table in a schema the file creates, calling a function of that schema
create schema billing;
create function billing.current_account() returns integer language sql stable as $$
    select nullif(current_setting('app.account_id', true), '')::integer
$$;
create table billing.invoices (id integer primary key, account_id integer not null, amount numeric(10,2));
