-- partition_index/table_attached_adopts_indexes: a plain table with rows becomes a partition; its own key and index match the parent's and are attached to them
create table orders (id bigint not null, placed date not null, customer_id integer,
    constraint orders_pkey primary key (id, placed)) partition by range (placed);
create index orders_customer_id_idx on orders (customer_id);
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
