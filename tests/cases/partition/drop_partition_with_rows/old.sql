-- partition/drop_partition_with_rows: an old monthly partition holding rows is dropped; the other partitions keep theirs
create table events (
    id bigint not null,
    happened_on date not null,
    kind text not null,
    primary key (id, happened_on)
) partition by range (happened_on);
create table events_2025_12 partition of events for values from ('2025-12-01') to ('2026-01-01');
create table events_2026_01 partition of events for values from ('2026-01-01') to ('2026-02-01');
insert into events values (1, '2025-12-24', 'gift'), (2, '2025-12-31', 'party'), (3, '2026-01-01', 'new year');
