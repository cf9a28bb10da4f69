-- partition/swap_partition_bounds: two empty range partitions swap their bounds, so both must be detached before either is attached
create table shifts (
    worker integer not null,
    starts_at timestamp not null
) partition by range (starts_at);
create table shifts_a partition of shifts for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table shifts_b partition of shifts for values from ('2026-02-01 00:00:00') to ('2026-03-01 00:00:00');
