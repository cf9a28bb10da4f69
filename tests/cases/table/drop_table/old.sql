-- table/drop_table: a table with rows is dropped
create table accounts (id bigint primary key, name text not null);
insert into accounts values (1, 'a');
create table keep (id integer);
