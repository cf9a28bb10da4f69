-- policy/new_table_with_rls_and_policies: a new table is created with row level security enabled and forced and three policies, one of them reading an existing table
create table accounts (id integer primary key, owner_name text not null);
create table payments (id integer primary key, account_id integer not null references accounts (id), amount numeric(10,2) not null);
alter table payments enable row level security;
alter table payments force row level security;
create policy payments_read on payments for select to app_user
    using (exists (select 1 from accounts a where a.id = payments.account_id and a.owner_name = current_user));
create policy payments_insert on payments for insert to app_user with check (amount > 0);
create policy payments_admin on payments to app_admin using (true) with check (true);
comment on policy payments_admin on payments is 'Administrators see everything';
