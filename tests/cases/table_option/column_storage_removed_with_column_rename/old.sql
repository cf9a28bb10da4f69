-- table_option/column_storage_removed_with_column_rename: a column is renamed while it loses storage MAIN and its lz4 compression changes to pglz (the type lookup must find the column by its new name)
create table documents (id integer primary key, content text compression lz4);
alter table documents alter column content set storage main;
insert into documents values (1, 'alpha'), (2, repeat('b', 4000));
