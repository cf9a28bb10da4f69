-- partition_index/partition_local_index_add: an index is added to one partition only (the current year's), not to its parent
create table events (id bigint not null, at date not null, kind text, user_id integer, primary key (id, at)) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_2025_kind_user_idx on events_2025 (kind, user_id) where kind <> 'logout';
