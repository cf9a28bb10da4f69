-- table_option/column_storage_new_table_external_and_main: a new table has a text column with storage EXTERNAL and a bytea column with storage MAIN (set right after CREATE TABLE)
create table attachments (id bigint primary key, file_name text not null, content bytea, preview text);
alter table attachments alter column content set storage main;
alter table attachments alter column preview set storage external;
