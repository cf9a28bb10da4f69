-- policy/two_policies_one_changes: of two policies on one table only one changes (its USING and its roles); the other stays untouched
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user);
create policy documents_public on documents for select to reporting using (is_public);
