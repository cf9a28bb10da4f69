-- partition_index/pk_drop_referenced_by_fk: the primary key of a partitioned table is dropped with the foreign key of a plain table that references it
create table orders (id bigint not null, placed date not null, constraint orders_pkey primary key (id, placed)) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
create table shipments (id integer primary key, order_id bigint, order_placed date, constraint shipments_order_fkey foreign key (order_id, order_placed) references orders (id, placed));
insert into orders values (1, '2024-05-01');
insert into shipments values (1, 1, '2024-05-01');
