-- policy/quoted_names: policies with capitals, spaces, double quotes and a semicolon on a quoted table with quoted columns
create table "Tenant ""Docs""" ("Doc Id" integer primary key, "Owner Name" text not null, "isPublic" boolean not null default false);
alter table "Tenant ""Docs""" enable row level security;
create policy "Read ""Own"" Rows" on "Tenant ""Docs""" for select to "Report Reader" using ("Owner Name" = current_user or "isPublic");
create policy "UPPER" on "Tenant ""Docs""" for insert to "odd ""quoted"" role" with check ("Owner Name" = current_user);
create policy "semi;colon" on "Tenant ""Docs""" as restrictive for delete using (not "isPublic");
