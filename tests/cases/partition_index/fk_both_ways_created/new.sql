-- partition_index/fk_both_ways_created: new tables: a partitioned table with a foreign key to a plain table and a plain table with a foreign key to the partitioned table's primary key
create table keep (id integer);
create table customers (id integer primary key);
create table orders (id bigint not null, placed date not null, customer_id integer not null constraint orders_customer_id_fkey references customers (id) on delete cascade,
    primary key (id, placed)) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_other partition of orders default;
create table shipments (id integer primary key, order_id bigint, order_placed date,
    constraint shipments_order_fkey foreign key (order_id, order_placed) references orders (id, placed) on delete set null);
