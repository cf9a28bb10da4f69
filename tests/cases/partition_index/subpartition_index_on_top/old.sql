-- partition_index/subpartition_index_on_top: an index is added to the top of a sub-partitioned table with rows; it reaches the partitions of every level
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01') partition by hash (id);
create table events_2024_h0 partition of events_2024 for values with (modulus 2, remainder 0);
create table events_2024_h1 partition of events_2024 for values with (modulus 2, remainder 1);
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
insert into events values (1, '2024-03-01', 'a', 7), (2, '2024-04-01', 'b', 8), (3, '2025-03-01', 'c', 9);
