-- policy/enable_rls_with_rows: row level security is enabled on a table that already has rows
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
