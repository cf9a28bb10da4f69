-- policy/permissive_to_restrictive: a permissive policy becomes restrictive (ALTER POLICY cannot change it: drop and create)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_read on documents for select using (true);
create policy documents_limit on documents as restrictive for select to reporting using (is_public);
