-- policy/using_removed: a FOR UPDATE policy loses its USING and keeps WITH CHECK (ALTER POLICY cannot remove an expression: drop and create)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_update on documents for update to app_user with check (body is not null);
