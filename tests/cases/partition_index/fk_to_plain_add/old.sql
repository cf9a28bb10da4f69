-- partition_index/fk_to_plain_add: a foreign key from a partitioned table with rows to a plain table is added (validated: NOT VALID is refused on a partitioned table)
create table customers (id integer primary key, name text);
create table orders (id bigint not null, placed date not null, customer_id integer) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
insert into customers values (1, 'a'), (2, 'b');
insert into orders values (1, '2024-05-01', 1), (2, '2025-05-01', 2), (3, '2025-06-01', null);
