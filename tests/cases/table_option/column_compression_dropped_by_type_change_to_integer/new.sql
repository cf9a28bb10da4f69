-- table_option/column_compression_dropped_by_type_change_to_integer: a text column compressed with lz4 and stored EXTERNAL becomes integer (USING cast), a type that takes neither
create table readings (id integer primary key, val integer);
