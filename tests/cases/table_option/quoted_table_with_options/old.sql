-- table_option/quoted_table_with_options: a table named with capitals and a space gets a fillfactor, a TOAST parameter and a replica identity index (quoted names)
create table "Audit Log" ("Entry Id" bigint not null, "Details" text);
create unique index "Audit Log Entry Key" on "Audit Log" ("Entry Id");
