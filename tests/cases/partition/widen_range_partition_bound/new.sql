-- partition/widen_range_partition_bound: a range partition holding rows is widened from one month to two; its rows stay
create table bookings (
    id bigint not null,
    starts_on date not null,
    guest text not null
) partition by range (starts_on);
create table bookings_early partition of bookings for values from ('2026-01-01') to ('2026-03-01');
create table bookings_spring partition of bookings for values from ('2026-03-01') to ('2026-06-01');
