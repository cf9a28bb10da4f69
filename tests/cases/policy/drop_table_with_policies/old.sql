-- policy/drop_table_with_policies: a table with row level security forced, policies and a policy comment is dropped; another table stays
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
alter table documents force row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user);
create policy documents_public on documents for select to reporting using (is_public);
comment on policy documents_owner on documents is 'Own rows';
create table notes (id integer primary key, body text);
insert into documents values (1, 'alice', false, 'first');
