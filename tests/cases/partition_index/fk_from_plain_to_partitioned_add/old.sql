-- partition_index/fk_from_plain_to_partitioned_add: a plain table with rows gains a foreign key to the primary key of a partitioned table
create table orders (id bigint not null, placed date not null, total numeric, primary key (id, placed)) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
create table shipments (id integer primary key, order_id bigint, order_placed date);
insert into orders values (1, '2024-05-01', 10), (2, '2025-05-01', 20);
insert into shipments values (1, 1, '2024-05-01'), (2, 2, '2025-05-01'), (3, null, null);
