-- partition/leaf_partition_becomes_sub_partitioned: a plain partition holding rows becomes partitioned by hash with two partitions; it is recreated, its sibling keeps its rows
create table sensor_data (
    sensor integer not null,
    site text not null,
    value real
) partition by list (site);
create table sensor_data_plant partition of sensor_data for values in ('plant') partition by hash (sensor);
create table sensor_data_plant_0 partition of sensor_data_plant for values with (modulus 2, remainder 0);
create table sensor_data_plant_1 partition of sensor_data_plant for values with (modulus 2, remainder 1);
create table sensor_data_office partition of sensor_data for values in ('office');
