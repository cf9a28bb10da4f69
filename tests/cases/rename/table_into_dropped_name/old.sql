-- rename/table_into_dropped_name: a table is dropped and another renamed into its name
create table accounts (id integer primary key, legacy boolean);
create table accounts_v2 (id integer constraint accounts_v2_pkey primary key, name text);
insert into accounts_v2 values (1, 'kept');
