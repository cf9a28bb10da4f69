-- policy/to_quoted_role: a policy is created for a role whose name has capitals and a space
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
