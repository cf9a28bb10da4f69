-- mixed/build_from_nothing: a whole schema from an empty database: schemas, extension, enums, sequences, tables with every constraint kind, indexes, views, comments
create extension pgcrypto;
create schema billing;
comment on schema billing is 'Money';
create type billing.currency as enum ('EUR', 'USD');
create sequence billing.invoice_no as integer start with 1000;
create table billing.accounts (
    id uuid primary key default gen_random_uuid(),
    name varchar(120) not null collate "C",
    currency billing.currency not null default 'EUR',
    constraint accounts_name_key unique nulls not distinct (name)
);
create table billing.invoices (
    id bigint generated always as identity primary key,
    number integer not null default nextval('billing.invoice_no'),
    account_id uuid not null,
    amount numeric(12, 2) not null,
    tax numeric(12, 2) generated always as (amount * 0.2) stored,
    constraint invoices_amount_check check (amount >= 0),
    constraint invoices_account_fkey foreign key (account_id) references billing.accounts (id) on delete restrict deferrable
);
alter sequence billing.invoice_no owned by billing.invoices.number;
create index invoices_account_idx on billing.invoices (account_id) include (amount);
create view billing.totals as select account_id, sum(amount) as total from billing.invoices group by account_id;
comment on view billing.totals is 'Per account';
