-- partition/parent_drops_column_and_partition: a partitioned table loses a column on every partition and one of its partitions, and gets a sub-partitioned partition
create table telemetry (
    device text not null,
    at timestamp not null,
    temperature real
) partition by range (at);
create table telemetry_2026_02 partition of telemetry for values from ('2026-02-01 00:00:00') to ('2026-03-01 00:00:00');
create table telemetry_2026_03 partition of telemetry for values from ('2026-03-01 00:00:00') to ('2026-04-01 00:00:00') partition by list (device);
create table telemetry_2026_03_a partition of telemetry_2026_03 for values in ('a');
create table telemetry_2026_03_rest partition of telemetry_2026_03 default;
