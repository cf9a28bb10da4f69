-- policy/policy_on_renamed_table: a table with row level security and policies is renamed; the policies follow and keep their names
create table docs (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table docs enable row level security;
alter table docs force row level security;
create policy docs_owner on docs to app_user using (owner_name = current_user);
create policy docs_public on docs for select using (is_public);
insert into docs values (1, 'alice', true, 'first');
