-- policy/for_insert_policy: a FOR INSERT policy (WITH CHECK only) is created
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_insert on documents for insert to app_user with check (owner_name = current_user and not is_public);
