-- partition_index/pk_add_sets_not_null: a primary key is added over nullable columns of a partitioned table with rows; the columns become NOT NULL on every partition
create table orders (id bigint, placed date, note text) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
insert into orders values (1, '2024-05-01', 'a'), (2, '2025-05-01', null);
