-- partition_index/local_index_adopted_by_parent: a partition's own index matches a new index of the parent, which adopts it (attached, not rebuilt, keeping its name)
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_2024_by_kind on events_2024 (kind);
create index events_kind_idx on events (kind);
