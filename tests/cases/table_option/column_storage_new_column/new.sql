-- table_option/column_storage_new_column: a column added to a table with rows has storage EXTERNAL (set right after ADD COLUMN)
create table tickets (id integer primary key, subject text not null, screenshot bytea);
alter table tickets alter column screenshot set storage external;
