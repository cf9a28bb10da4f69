-- partition_index/partition_added_beside_default: a new partition is added to an indexed table with a primary key and a DEFAULT partition holding rows outside the new bound
create table orders (id bigint not null, placed date not null, customer_id integer, primary key (id, placed)) partition by range (placed);
create index orders_customer_idx on orders (customer_id);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_other partition of orders default;
insert into orders values (1, '2024-05-01', 1), (2, '2023-05-01', 2), (3, '2027-01-01', 3);
