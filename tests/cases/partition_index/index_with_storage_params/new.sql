-- partition_index/index_with_storage_params: an index with storage parameters is added to a partitioned table; each partition's index gets the same parameters
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_kind_idx on events (kind) with (fillfactor = 70, deduplicate_items = off);
