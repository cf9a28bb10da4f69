-- partition/create_range_partitioned_by_month: a table partitioned by range on a date column is created with three monthly partitions
create table measurements (
    sensor_id integer not null,
    taken_on date not null,
    reading numeric(8, 2),
    primary key (sensor_id, taken_on)
) partition by range (taken_on);
create index measurements_taken_on on measurements (taken_on);
create table measurements_2026_01 partition of measurements for values from ('2026-01-01') to ('2026-02-01');
create table measurements_2026_02 partition of measurements for values from ('2026-02-01') to ('2026-03-01');
create table measurements_2026_03 partition of measurements for values from ('2026-03-01') to ('2026-04-01');
