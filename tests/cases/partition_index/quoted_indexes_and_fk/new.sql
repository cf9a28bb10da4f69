-- partition_index/quoted_indexes_and_fk: quoted schema, partitioned table, partitions, indexes and foreign keys (capitals, double quotes, spaces, a semicolon)
create schema "Tenant ""A"" Data";
create table "Tenant ""A"" Data"."Customers" ("Customer Id" integer primary key);
create table "Tenant ""A"" Data"."Event Log" ("ID" bigint not null, "Logged On" date not null, "Kind" text, "Customer Id" integer,
    constraint "Event Log PK" primary key ("ID", "Logged On")) partition by range ("Logged On");
create table "Tenant ""A"" Data"."Event Log 2024" partition of "Tenant ""A"" Data"."Event Log" for values from ('2024-01-01') to ('2025-01-01');
create table "Tenant ""A"" Data"."Event Log; ""rest""" partition of "Tenant ""A"" Data"."Event Log" default;
create table "Tenant ""A"" Data"."Audit Refs" ("Ref" integer primary key, "Event ID" bigint, "Event Day" date);
create index "By ""Kind"" Lower" on "Tenant ""A"" Data"."Event Log" (lower("Kind")) where "Kind" is not null;
create index "Rest: Customer; Idx" on "Tenant ""A"" Data"."Event Log; ""rest""" ("Customer Id" desc);
alter table "Tenant ""A"" Data"."Event Log" add constraint "Event Log -> Customer" foreign key ("Customer Id") references "Tenant ""A"" Data"."Customers" ("Customer Id");
alter table "Tenant ""A"" Data"."Audit Refs" add constraint "Audit -> ""Event""" foreign key ("Event ID", "Event Day") references "Tenant ""A"" Data"."Event Log" ("ID", "Logged On");
