-- partition_index/partition_detached_keeps_indexes: a partition is detached into a table of its own; it keeps the key, index, foreign key and check it had from its parent, as its own
create table customers (id integer primary key);
create table orders (id bigint not null, placed date not null, customer_id integer constraint orders_customer_id_fkey references customers (id), total numeric constraint orders_total_check check (total >= 0),
    constraint orders_pkey primary key (id, placed)) partition by range (placed);
create index orders_customer_id_idx on orders (customer_id);
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
insert into customers values (1);
insert into orders values (1, '2024-05-01', 1, 5), (2, '2025-05-01', 1, 6);
