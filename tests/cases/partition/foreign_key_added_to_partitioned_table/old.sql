-- partition/foreign_key_added_to_partitioned_table: a foreign key is added to a partitioned table whose partitions hold rows that satisfy it
create table products (id integer primary key, name text not null);
create table order_lines (
    order_id bigint not null,
    product_id integer not null,
    placed_on date not null,
    qty integer not null
) partition by range (placed_on);
create table order_lines_2026 partition of order_lines for values from ('2026-01-01') to ('2027-01-01');
create table order_lines_rest partition of order_lines default;
insert into products values (1, 'pen'), (2, 'ink');
insert into order_lines values (1, 1, '2026-04-01', 3), (2, 2, '2019-04-01', 1);
