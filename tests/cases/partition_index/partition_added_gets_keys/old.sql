-- partition_index/partition_added_gets_keys: a new partition is added to a table with a primary key, a unique constraint, indexes, a foreign key and a check; it gets them all from its parent
create table customers (id integer primary key);
create table orders (id bigint not null, placed date not null, customer_id integer references customers (id), ref text, total numeric,
    constraint orders_pkey primary key (id, placed),
    constraint orders_ref_placed_key unique (ref, placed),
    constraint orders_total_check check (total >= 0)) partition by range (placed);
create index orders_customer_idx on orders (customer_id);
create index orders_lower_ref_idx on orders (lower(ref)) where total > 0;
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
insert into customers values (1);
insert into orders values (1, '2024-05-01', 1, 'r1', 10);
