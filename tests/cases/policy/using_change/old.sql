-- policy/using_change: the USING expression of a policy changes (ALTER POLICY ... USING)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_read on documents for select to app_user using (owner_name = current_user);
