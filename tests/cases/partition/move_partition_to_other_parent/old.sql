-- partition/move_partition_to_other_parent: a partition holding rows moves from one partitioned table to another with the same columns; its rows stay
create table current_orders (
    id bigint not null,
    placed_on date not null,
    total numeric(10, 2)
) partition by range (placed_on);
create table past_orders (
    id bigint not null,
    placed_on date not null,
    total numeric(10, 2)
) partition by range (placed_on);
create table orders_2025 partition of current_orders for values from ('2025-01-01') to ('2026-01-01');
create table orders_2026 partition of current_orders for values from ('2026-01-01') to ('2027-01-01');
insert into current_orders values (1, '2025-05-05', 10), (2, '2025-06-06', 20), (3, '2026-01-01', 30);
