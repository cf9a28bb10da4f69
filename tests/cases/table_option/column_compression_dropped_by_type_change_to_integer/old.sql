-- table_option/column_compression_dropped_by_type_change_to_integer: a text column compressed with lz4 and stored EXTERNAL becomes integer (USING cast), a type that takes neither
create table readings (id integer primary key, val text);
alter table readings alter column val set storage external, alter column val set compression lz4;
insert into readings values (1, '42'), (2, '7'), (3, null);
