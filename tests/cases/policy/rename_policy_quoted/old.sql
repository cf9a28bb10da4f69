-- policy/rename_policy_quoted: a policy with a quoted name is renamed to another quoted name with spaces, capitals, quotes and a semicolon
create table "Client Files" ("Id" integer primary key, "Owner" text not null);
alter table "Client Files" enable row level security;
create policy "Owner Only" on "Client Files" to "Report Reader" using ("Owner" = current_user);
