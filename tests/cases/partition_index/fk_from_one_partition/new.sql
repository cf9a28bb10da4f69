-- partition_index/fk_from_one_partition: one partition alone gains a foreign key to a plain table; the parent and the other partitions do not
create table regions (code text primary key);
create table events (id bigint not null, region text not null, kind text) partition by list (region);
create table events_eu partition of events for values in ('de', 'fr');
create table events_rest partition of events default;
alter table events_eu add constraint events_eu_region_fkey foreign key (region) references regions (code);
