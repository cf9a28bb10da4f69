-- partition_index/index_gin_brin: a gin index (jsonb_path_ops, arrays) and a brin index are added to a partitioned table with rows
create table events (id bigint not null, at date not null, tags text[], body jsonb, logged timestamptz) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_tags_idx on events using gin (tags);
create index events_body_idx on events using gin (body jsonb_path_ops);
create index events_logged_idx on events using brin (logged) with (pages_per_range = 16);
