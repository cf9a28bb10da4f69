-- partition/rls_enabled_on_partition: row level security is enabled and forced on one partition only, with a policy on it
create table records (
    id bigint not null,
    sensitivity text not null,
    owner_name text not null default current_user
) partition by list (sensitivity);
create table records_open partition of records for values in ('open');
create table records_secret partition of records for values in ('secret');
alter table records_secret enable row level security;
alter table records_secret force row level security;
create policy records_secret_own on records_secret using (owner_name = current_user);
