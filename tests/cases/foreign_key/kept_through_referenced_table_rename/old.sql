-- foreign_key/kept_through_referenced_table_rename: a table a foreign key references is renamed; the key is kept
create table clients (id integer constraint clients_pkey primary key);
create table orders (id integer primary key, client_id integer constraint orders_client_id_fkey references clients (id));
insert into clients values (1);
insert into orders values (1, 1);
