-- policy/create_restrictive_policy: a restrictive policy is added next to a permissive one
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_read on documents for select using (true);
