-- rename/table_referenced_by_fk: a table other tables reference by foreign key is renamed (the keys follow)
create table customers (id integer constraint clients_pkey primary key);
create table orders (id integer primary key, client_id integer constraint orders_client_id_fkey references customers (id));
create table invoices (id integer primary key, client_id integer constraint invoices_client_id_fkey references customers (id));
