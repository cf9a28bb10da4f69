-- partition/leaf_partition_becomes_sub_partitioned: a plain partition holding rows becomes partitioned by hash with two partitions; it is recreated, its sibling keeps its rows
create table sensor_data (
    sensor integer not null,
    site text not null,
    value real
) partition by list (site);
create table sensor_data_plant partition of sensor_data for values in ('plant');
create table sensor_data_office partition of sensor_data for values in ('office');
insert into sensor_data values (1, 'plant', 1.0), (2, 'office', 2.0);
