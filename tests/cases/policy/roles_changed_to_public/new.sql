-- policy/roles_changed_to_public: a policy for two roles becomes a policy for PUBLIC
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_read on documents for select using (is_public);
