-- policy/rename_policy: a policy is renamed and otherwise unchanged (ALTER POLICY ... RENAME TO, not drop and create)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy owner_rows on documents to app_user using (owner_name = current_user);
