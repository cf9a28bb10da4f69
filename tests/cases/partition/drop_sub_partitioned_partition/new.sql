-- partition/drop_sub_partitioned_partition: a partition that is itself partitioned is dropped with its own partitions and rows
create table stock_moves (
    warehouse text not null,
    moved_on date not null,
    sku text not null,
    qty integer not null
) partition by list (warehouse);
create table stock_moves_south partition of stock_moves for values in ('south');
