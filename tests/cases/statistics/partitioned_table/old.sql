-- statistics/partitioned_table: statistics are created on a partitioned table and on one of its partitions
create table events (id integer not null, kind text, source text, at date not null) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
insert into events values (1, 'click', 'web', '2024-03-01'), (2, 'view', 'app', '2025-03-01');
