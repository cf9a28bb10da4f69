-- partition_index/index_add_expression_partial: an expression index and a partial index (WHERE) are added to a partitioned table with rows
create table events (id bigint not null, at date not null, kind text, user_id integer, deleted boolean not null default false) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_lower_kind_idx on events (lower(kind));
create index events_live_user_idx on events (user_id, at) where not deleted;
