-- partition_index/check_drop: a check constraint of a partitioned table is dropped from it and from every partition
create table items (id bigint not null, region text not null, qty integer) partition by list (region);
create table items_eu partition of items for values in ('de', 'fr');
create table items_us partition of items for values in ('us');
