-- rename/table_keeps_rows: a table is renamed, its rows stay
create table clients (id integer constraint clients_pkey primary key, name text);
insert into clients values (1, 'a'), (2, 'b'), (3, 'c');
