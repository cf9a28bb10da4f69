-- privilege/several_tables_one_role: one role gets SELECT on three tables in one GRANT; one of them already had INSERT for it
create table customers (id integer primary key, name text not null);
create table orders (id integer primary key, customer_id integer not null references customers (id));
create table order_lines (order_id integer not null references orders (id), line integer not null, qty integer, primary key (order_id, line));
grant insert on orders to reporting;
grant select on customers, orders, order_lines to reporting;
