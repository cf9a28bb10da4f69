-- partition_index/partition_and_index_added_together: a partition, an index and a unique constraint are added to a partitioned table with rows in one plan
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create index events_user_kind_idx on events (user_id, kind);
alter table events add constraint events_id_at_key unique (id, at);
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
