-- policy/function_argument_renamed: a SQL function called by a policy renames its argument; CREATE OR REPLACE cannot do that and DROP FUNCTION is refused while the policy exists
create function is_owner(p_owner uuid) returns boolean language sql stable as $$
    select p_owner = nullif(current_setting('app.user_id', true), '')::uuid
$$;
create table files (id integer primary key, owner_id uuid not null, path text);
alter table files enable row level security;
create policy files_owner on files for all to app_user, app_admin using (is_owner(owner_id));
