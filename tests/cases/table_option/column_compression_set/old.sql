-- table_option/column_compression_set: an existing text column without a compression method gets lz4
create table logs (id bigint primary key, message text not null);
insert into logs values (1, 'started'), (2, repeat('x', 5000));
