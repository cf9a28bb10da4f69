-- policy/policy_on_renamed_table: a table with row level security and policies is renamed; the policies follow and keep their names
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
alter table documents force row level security;
create policy docs_owner on documents to app_user using (owner_name = current_user);
create policy docs_public on documents for select using (is_public);
