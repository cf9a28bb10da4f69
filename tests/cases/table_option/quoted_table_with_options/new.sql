-- table_option/quoted_table_with_options: a table named with capitals and a space gets a fillfactor, a TOAST parameter and a replica identity index (quoted names)
create table "Audit Log" ("Entry Id" bigint not null, "Details" text)
    with (fillfactor = 75, toast.autovacuum_enabled = false);
create unique index "Audit Log Entry Key" on "Audit Log" ("Entry Id");
alter table "Audit Log" replica identity using index "Audit Log Entry Key";
