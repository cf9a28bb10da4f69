-- partition_index/partition_and_index_added_together: a partition, an index and a unique constraint are added to a partitioned table with rows in one plan
create table events (id bigint not null, at date not null, kind text, user_id integer) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
insert into events values (1, '2024-03-01', 'a', 1);
