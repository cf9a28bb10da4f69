-- table_option/column_compression_changed_with_rows: an existing column's compression changes from pglz to lz4 on a table with rows; the rows stay
create table logs (id bigint primary key, message text compression pglz not null);
insert into logs values (1, 'started'), (2, repeat('x', 5000));
