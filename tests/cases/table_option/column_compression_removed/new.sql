-- table_option/column_compression_removed: an existing column's lz4 compression is removed: back to the default method
create table logs (id bigint primary key, message text not null);
