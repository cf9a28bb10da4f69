-- statistics/partitioned_table: statistics are created on a partitioned table and on one of its partitions
create table events (id integer not null, kind text, source text, at date not null) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create statistics events_kind_source on kind, source from events;
alter statistics events_kind_source set statistics 400;
create statistics events_2025_kind_source (mcv) on kind, source from events_2025;
