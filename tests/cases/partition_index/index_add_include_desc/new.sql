-- partition_index/index_add_include_desc: a DESC NULLS LAST index with an INCLUDE list is added to a partitioned table with rows
create table events (id bigint not null, at date not null, kind text, user_id integer, payload text) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_user_recent_idx on events (user_id desc nulls last, at desc) include (kind, payload);
