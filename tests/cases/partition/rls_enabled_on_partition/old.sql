-- partition/rls_enabled_on_partition: row level security is enabled and forced on one partition only, with a policy on it
create table records (
    id bigint not null,
    sensitivity text not null,
    owner_name text not null default current_user
) partition by list (sensitivity);
create table records_open partition of records for values in ('open');
create table records_secret partition of records for values in ('secret');
insert into records values (1, 'open', 'ann'), (2, 'secret', 'bob');
