-- owner/new_table_with_owner: a new table is created and owned by a role; the existing table stays with postgres
create table customers (id integer primary key, name text not null);
create table orders (id integer primary key, customer_id integer not null, total numeric not null);
alter table orders owner to own_app;
