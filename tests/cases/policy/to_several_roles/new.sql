-- policy/to_several_roles: a policy is created for several roles
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_staff on documents for select to reporting, app_user, app_admin using (true);
