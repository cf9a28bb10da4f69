-- view/join_two_tables: a new view joining two tables, with an aggregate
create table customers (id integer primary key, name text);
create table orders (id integer primary key, customer_id integer references customers (id), total numeric(10, 2));
