-- partition_index/fk_to_plain_on_delete_cascade: a foreign key from a partitioned table changes from NO ACTION to ON DELETE CASCADE (its partitions' copies follow)
create table customers (id integer primary key, name text);
create table orders (id bigint not null, placed date not null, customer_id integer constraint orders_customer_id_fkey references customers (id) on delete cascade) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
