-- extension/citext_column_type: citext is added and an existing text column becomes citext, keeping its rows
create extension citext;
create table users (id integer primary key, email citext not null);
