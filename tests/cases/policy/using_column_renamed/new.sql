-- policy/using_column_renamed: a column read by a policy's USING and WITH CHECK is renamed; the policy follows the column
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user) with check (owner_name = current_user);
