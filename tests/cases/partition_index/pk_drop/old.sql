-- partition_index/pk_drop: the primary key of a partitioned table is dropped, with the keys PostgreSQL made on each partition
create table orders (id bigint not null, placed date not null, total numeric, primary key (id, placed)) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
insert into orders values (1, '2024-05-01', 10), (2, '2025-05-01', 20);
