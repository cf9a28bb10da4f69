-- partition/drop_sub_partitioned_partition: a partition that is itself partitioned is dropped with its own partitions and rows
create table stock_moves (
    warehouse text not null,
    moved_on date not null,
    sku text not null,
    qty integer not null
) partition by list (warehouse);
create table stock_moves_north partition of stock_moves for values in ('north') partition by range (moved_on);
create table stock_moves_north_2026 partition of stock_moves_north for values from ('2026-01-01') to ('2027-01-01');
create table stock_moves_north_old partition of stock_moves_north default;
create table stock_moves_south partition of stock_moves for values in ('south');
insert into stock_moves values ('north', '2026-03-01', 'a-1', 5), ('north', '2020-03-01', 'a-1', 1), ('south', '2026-03-01', 'b-2', 7);
