-- table_option/column_storage_removed_with_column_rename: a column is renamed while it loses storage MAIN and its lz4 compression changes to pglz (the type lookup must find the column by its new name)
create table documents (id integer primary key, body text compression pglz);
