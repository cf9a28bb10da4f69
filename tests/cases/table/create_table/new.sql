-- table/create_table: a new table with a primary key
create table accounts (id bigint primary key, name text not null);
