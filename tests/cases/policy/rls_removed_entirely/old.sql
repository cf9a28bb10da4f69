-- policy/rls_removed_entirely: a table drops all its policies and row level security, enabled and forced, with its rows kept
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
alter table documents force row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user);
create policy documents_public on documents for select to "Report Reader" using (is_public);
comment on policy documents_public on documents is 'Public documents';
insert into documents values (1, 'alice', true, 'first');
