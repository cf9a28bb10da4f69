-- policy/roles_changed_from_public: a policy for PUBLIC becomes a policy for one quoted role
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_read on documents for select to "Report Reader" using (is_public);
