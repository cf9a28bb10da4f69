-- table_option/column_compression_new_column: a column added to a table with rows is compressed with lz4 (COMPRESSION in ADD COLUMN)
create table tickets (id integer primary key, subject text not null, transcript text compression lz4);
