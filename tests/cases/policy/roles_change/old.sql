-- policy/roles_change: only the roles of a policy change (ALTER POLICY ... TO)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_read on documents for select to app_user, reporting using (is_public or owner_name = current_user);
