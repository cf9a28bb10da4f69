-- partition_index/partition_local_unique_index: a unique index without the partition key is added to one partition only (and a unique constraint to another)
create table events (id bigint not null, at date not null, kind text, user_id integer, primary key (id, at)) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create unique index events_2025_user_kind_key on events_2025 (user_id, kind);
alter table events_2024 add constraint events_2024_id_key unique (id);
