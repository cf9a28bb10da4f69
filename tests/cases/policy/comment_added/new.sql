-- policy/comment_added: a comment is added to an existing policy
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user);
comment on policy documents_owner on documents is 'Users see and change only their own documents';
