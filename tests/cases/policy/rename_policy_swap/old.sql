-- policy/rename_policy_swap: two policies on one table swap names
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy policy_a on documents for select to reporting using (is_public);
create policy policy_b on documents for insert to app_user with check (owner_name = current_user);
