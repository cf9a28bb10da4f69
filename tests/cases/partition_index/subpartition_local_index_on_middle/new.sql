-- partition_index/subpartition_local_index_on_middle: an index is added to a partition that is itself partitioned (not to the top); its sub-partitions get their own
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01') partition by hash (id);
create table events_2024_h0 partition of events_2024 for values with (modulus 2, remainder 0);
create table events_2024_h1 partition of events_2024 for values with (modulus 2, remainder 1);
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_2024_user_idx on events_2024 (user_id);
