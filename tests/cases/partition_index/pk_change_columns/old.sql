-- partition_index/pk_change_columns: a partitioned table's primary key keeps its name and gains a column (dropped and added again)
create table orders (tenant integer not null, id bigint not null, placed date not null, constraint orders_pkey primary key (id, placed)) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
insert into orders values (1, 1, '2024-05-01'), (2, 1, '2025-05-01');
