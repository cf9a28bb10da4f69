-- policy/rls_removed_entirely: a table drops all its policies and row level security, enabled and forced, with its rows kept
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
