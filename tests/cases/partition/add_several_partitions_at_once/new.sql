-- partition/add_several_partitions_at_once: three monthly partitions are added at once to a range-partitioned table holding rows
create table readings (
    meter_id integer not null,
    read_at timestamp not null,
    kwh numeric(10, 3) not null
) partition by range (read_at);
create table readings_2026_01 partition of readings for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table readings_2026_02 partition of readings for values from ('2026-02-01 00:00:00') to ('2026-03-01 00:00:00');
create table readings_2026_03 partition of readings for values from ('2026-03-01 00:00:00') to ('2026-04-01 00:00:00');
create table readings_2026_04 partition of readings for values from ('2026-04-01 00:00:00') to ('2026-05-01 00:00:00');
