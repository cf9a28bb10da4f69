-- table_option/column_storage_unchanged_with_new_column: a table whose column has storage EXTERNAL and lz4 compression gains an unrelated column; the storage and compression stay untouched
create table messages (id integer primary key, body text compression lz4, read_at timestamptz);
alter table messages alter column body set storage external;
