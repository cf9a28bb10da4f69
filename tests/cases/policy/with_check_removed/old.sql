-- policy/with_check_removed: a FOR ALL policy loses its WITH CHECK and keeps USING (ALTER POLICY cannot remove an expression: drop and create)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user, app_admin using (owner_name = current_user) with check (owner_name = current_user and not is_public);
