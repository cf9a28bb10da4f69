-- table_option/column_compression_changed_with_rows: an existing column's compression changes from pglz to lz4 on a table with rows; the rows stay
create table logs (id bigint primary key, message text compression lz4 not null);
