-- partition/create_sub_partitioned: a list-partitioned table is created whose partitions are themselves partitioned by range and by hash
create table orders (
    id bigint not null,
    region text not null,
    ordered_on date not null,
    total numeric(12, 2) not null,
    primary key (id, region, ordered_on)
) partition by list (region);
create index orders_ordered_on on orders (ordered_on);
create table orders_eu partition of orders for values in ('eu') partition by range (ordered_on);
create table orders_eu_2026_q1 partition of orders_eu for values from ('2026-01-01') to ('2026-04-01');
create table orders_eu_2026_q2 partition of orders_eu for values from ('2026-04-01') to ('2026-07-01');
create table orders_eu_older partition of orders_eu default;
create table orders_us partition of orders for values in ('us') partition by hash (id);
create table orders_us_h0 partition of orders_us for values with (modulus 2, remainder 0);
create table orders_us_h1 partition of orders_us for values with (modulus 2, remainder 1);
create table orders_rest partition of orders default;
