-- table_option/column_storage_and_compression_quoted_in_created_schema: a column named with capitals and a space, in a table named so in a schema the file creates, gets storage MAIN and lz4 compression (quoted names)
create schema "Tenant Data";
create table "Tenant Data"."Order Notes" ("Note Id" integer primary key, "Note Body" text);
insert into "Tenant Data"."Order Notes" values (1, 'call back'), (2, 'ship friday');
