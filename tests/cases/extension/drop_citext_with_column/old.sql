-- extension/drop_citext_with_column: a citext column is dropped, then citext itself
create extension citext;
create table users (id integer primary key, email citext);
insert into users values (1, 'a@example.com');
