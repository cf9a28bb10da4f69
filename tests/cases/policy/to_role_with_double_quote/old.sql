-- policy/to_role_with_double_quote: a policy is created for a role whose name contains double quotes and spaces, next to a plain role
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
