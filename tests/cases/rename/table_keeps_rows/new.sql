-- rename/table_keeps_rows: a table is renamed, its rows stay
create table customers (id integer constraint clients_pkey primary key, name text);
