-- policy/comment_changed: the comment on a policy with a quoted name changes (new text with a quote and a newline)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy "Owner Rows" on documents to app_user using (owner_name = current_user);
comment on policy "Owner Rows" on documents is E'The owner''s rows only.\nSee the tenancy doc.';
