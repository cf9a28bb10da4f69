-- partition_index/unique_index_on_parent: a unique index (not a constraint) with NULLS NOT DISTINCT is added to a partitioned table with rows
create table orders (id bigint not null, placed date not null, ref text) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
create unique index orders_ref_placed_key on orders (ref, placed) nulls not distinct;
