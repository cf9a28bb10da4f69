-- partition/parent_drops_column_and_partition: a partitioned table loses a column on every partition and one of its partitions, and gets a sub-partitioned partition
create table telemetry (
    device text not null,
    at timestamp not null,
    temperature real,
    legacy_flag boolean
) partition by range (at);
create table telemetry_2026_01 partition of telemetry for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table telemetry_2026_02 partition of telemetry for values from ('2026-02-01 00:00:00') to ('2026-03-01 00:00:00');
insert into telemetry values ('a', '2026-01-01 01:00:00', 20.5, true), ('b', '2026-02-01 01:00:00', 21.5, false);
