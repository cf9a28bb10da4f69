-- extension/drop_citext_with_column: a citext column is dropped, then citext itself
create table users (id integer primary key);
