-- table_option/column_storage_removed_with_rows: a text column of a table with rows loses its storage MAIN and goes back to its type's own (EXTENDED); the rows stay
create table documents (id integer primary key, title text not null, body text);
alter table documents alter column body set storage main;
insert into documents values (1, 'one', repeat('a', 3000)), (2, 'two', null), (3, 'three', 'short');
