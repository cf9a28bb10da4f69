-- comment/on_renamed_table_and_column: a table and a column are renamed and their comments changed
create table u (b integer);
comment on table u is 'new table';
comment on column u.b is 'new column';
