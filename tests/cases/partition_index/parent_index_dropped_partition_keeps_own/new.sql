-- partition_index/parent_index_dropped_partition_keeps_own: a parent's index goes, but one partition keeps an index of the same name and keys as its own
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_2024_kind_idx on events_2024 (kind);
