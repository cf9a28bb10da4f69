-- partition/add_default_partition_to_table_with_rows: a default partition is added to a list-partitioned table whose partitions hold rows
create table vehicles (
    plate text not null,
    kind text not null
) partition by list (kind);
create table vehicles_car partition of vehicles for values in ('car');
create table vehicles_bike partition of vehicles for values in ('bike');
insert into vehicles values ('B-1', 'car'), ('B-2', 'bike');
