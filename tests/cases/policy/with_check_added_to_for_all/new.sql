-- policy/with_check_added_to_for_all: a FOR ALL policy that had only USING gets a WITH CHECK of its own
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user or is_public) with check (owner_name = current_user);
