-- table_option/column_compression_new_column: a column added to a table with rows is compressed with lz4 (COMPRESSION in ADD COLUMN)
create table tickets (id integer primary key, subject text not null);
insert into tickets values (1, 'login fails'), (2, 'slow page');
