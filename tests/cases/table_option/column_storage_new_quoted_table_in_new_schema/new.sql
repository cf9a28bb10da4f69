-- table_option/column_storage_new_quoted_table_in_new_schema: a new table named with capitals and a space, in a new schema so named, has a column with storage EXTERNAL and lz4 compression (quoted names)
create schema "Tenant Data";
create table "Tenant Data"."Raw Events" ("Event Id" bigint primary key, "Raw Payload" text compression lz4, "Kind" text not null);
alter table "Tenant Data"."Raw Events" alter column "Raw Payload" set storage external;
