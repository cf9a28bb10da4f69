-- policy/drop_policy: one of two policies is dropped; row level security stays enabled
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user);
create policy documents_public on documents for select using (is_public);
comment on policy documents_public on documents is 'Anyone reads public documents';
