-- table_option/column_storage_removed_quoted_in_created_schema: a column named with capitals and a space, in a table named so in a schema the file creates, loses storage EXTERNAL and lz4 compression (quoted names in the type lookup)
create schema "Tenant Data";
create table "Tenant Data"."Order Notes" ("Note Id" integer primary key, "Note Body" text);
