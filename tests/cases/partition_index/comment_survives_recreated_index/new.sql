-- partition_index/comment_survives_recreated_index: a commented index of a partitioned table gets other keys (dropped and built again); its comment stays
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_lookup_idx on events (kind, user_id);
comment on index events_lookup_idx is 'lookups';
