-- table_option/column_compression_new_table_lz4_and_pglz: a new table has one column compressed with lz4 and one with pglz (COMPRESSION in CREATE TABLE)
create table articles (id integer primary key, title text not null, body text compression lz4, summary varchar(500) compression pglz);
