-- table_option/column_compression_kept_over_type_change_text_to_varchar: a text column compressed with lz4 becomes varchar(200) and keeps lz4 (a type change resets the compression method)
create table products (id integer primary key, description text compression lz4);
insert into products values (1, 'red chair'), (2, null), (3, 'oak table');
