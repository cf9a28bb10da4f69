-- table_option/column_storage_set_with_rows: a text column of a table with rows gets storage EXTERNAL; the rows stay
create table documents (id integer primary key, title text not null, body text);
alter table documents alter column body set storage external;
