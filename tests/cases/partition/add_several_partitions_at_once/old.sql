-- partition/add_several_partitions_at_once: three monthly partitions are added at once to a range-partitioned table holding rows
create table readings (
    meter_id integer not null,
    read_at timestamp not null,
    kwh numeric(10, 3) not null
) partition by range (read_at);
create table readings_2026_01 partition of readings for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
insert into readings values (1, '2026-01-01 00:00:00', 1.5), (2, '2026-01-31 23:59:59', 2.25);
