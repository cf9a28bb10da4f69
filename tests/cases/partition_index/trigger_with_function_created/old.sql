-- partition_index/trigger_with_function_created: a plpgsql function and an AFTER INSERT row trigger on a partitioned table are created; a new partition gets the clone too
create table events (id bigint not null, at date not null, kind text) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table event_counts (kind text primary key, n bigint not null);
insert into events values (1, '2024-03-01', 'a');
