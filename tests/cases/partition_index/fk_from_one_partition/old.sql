-- partition_index/fk_from_one_partition: one partition alone gains a foreign key to a plain table; the parent and the other partitions do not
create table regions (code text primary key);
create table events (id bigint not null, region text not null, kind text) partition by list (region);
create table events_eu partition of events for values in ('de', 'fr');
create table events_rest partition of events default;
insert into regions values ('de'), ('fr');
insert into events values (1, 'de', 'a'), (2, 'fr', 'b'), (3, 'xx', 'c');
