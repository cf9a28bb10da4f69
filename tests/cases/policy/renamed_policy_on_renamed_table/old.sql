-- policy/renamed_policy_on_renamed_table: a table is renamed and so is its policy (the policy's rename names the table by its new name)
create table docs (id integer, owner_name text not null, body text);
alter table docs enable row level security;
create policy docs_owner on docs to app_user using (owner_name = current_user);
