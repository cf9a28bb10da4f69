-- partition_index/fk_to_partitioned_new_partition: a partition is added to a partitioned table that a plain table's foreign key references
create table orders (id bigint not null, placed date not null, constraint orders_pkey primary key (id, placed)) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table shipments (id integer primary key, order_id bigint, order_placed date, constraint shipments_order_fkey foreign key (order_id, order_placed) references orders (id, placed) on delete cascade);
insert into orders values (1, '2024-05-01');
insert into shipments values (1, 1, '2024-05-01');
