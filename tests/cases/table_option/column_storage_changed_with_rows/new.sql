-- table_option/column_storage_changed_with_rows: a text column of a table with rows goes from storage EXTERNAL to MAIN; the rows stay
create table documents (id integer primary key, title text not null, body text);
alter table documents alter column body set storage main;
