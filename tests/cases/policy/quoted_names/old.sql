-- policy/quoted_names: policies with capitals, spaces, double quotes and a semicolon on a quoted table with quoted columns
create table "Tenant ""Docs""" ("Doc Id" integer primary key, "Owner Name" text not null, "isPublic" boolean not null default false);
alter table "Tenant ""Docs""" enable row level security;
create policy "Old Policy" on "Tenant ""Docs""" for select using ("isPublic");
