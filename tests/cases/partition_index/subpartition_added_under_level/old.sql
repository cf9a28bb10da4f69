-- partition_index/subpartition_added_under_level: a sub-partition is added under a partitioned partition of a table with a primary key and an index on the top; it gets both
create table events (id bigint not null, at date not null, region text not null, kind text, primary key (id, at, region)) partition by range (at);
create index events_kind_idx on events (kind);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01') partition by list (region);
create table events_2024_eu partition of events_2024 for values in ('eu');
insert into events values (1, '2024-03-01', 'eu', 'a');
