-- policy/select_to_update: a FOR SELECT policy becomes FOR UPDATE with the same name and USING (ALTER POLICY cannot change the command: drop and create)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_own on documents for select to app_user using (owner_name = current_user);
