-- partition_index/index_gin_brin: a gin index (jsonb_path_ops, arrays) and a brin index are added to a partitioned table with rows
create table events (id bigint not null, at date not null, tags text[], body jsonb, logged timestamptz) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
insert into events values (1, '2024-03-01', '{a,b}', '{"k": 1}', '2024-03-01 10:00:00+00'), (2, '2025-03-01', '{c}', '{"k": 2}', '2025-03-01 10:00:00+00');
