-- rename/table_into_dropped_name: a table is dropped and another renamed into its name
create table accounts (id integer constraint accounts_v2_pkey primary key, name text);
