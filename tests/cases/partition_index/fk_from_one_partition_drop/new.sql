-- partition_index/fk_from_one_partition_drop: a foreign key that one partition alone has is dropped
create table regions (code text primary key);
create table events (id bigint not null, region text not null, kind text) partition by list (region);
create table events_eu partition of events for values in ('de', 'fr');
create table events_rest partition of events default;
