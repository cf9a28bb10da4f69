-- table_option/column_compression_removed: an existing column's lz4 compression is removed: back to the default method
create table logs (id bigint primary key, message text compression lz4 not null);
insert into logs values (1, 'started'), (2, repeat('x', 5000));
