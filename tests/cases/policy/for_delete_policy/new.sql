-- policy/for_delete_policy: a FOR DELETE policy (USING only) is created
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_delete on documents for delete to app_admin using (not is_public);
