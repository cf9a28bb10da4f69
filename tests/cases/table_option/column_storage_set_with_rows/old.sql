-- table_option/column_storage_set_with_rows: a text column of a table with rows gets storage EXTERNAL; the rows stay
create table documents (id integer primary key, title text not null, body text);
insert into documents values (1, 'one', repeat('a', 3000)), (2, 'two', null), (3, 'three', 'short');
