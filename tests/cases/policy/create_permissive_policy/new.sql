-- policy/create_permissive_policy: a permissive policy (AS PERMISSIVE written out) is created on a table with row level security enabled
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_owner on documents as permissive for all to app_user using (owner_name = current_user);
