-- partition_index/check_on_one_partition: one partition gains a check of its own beside the one it inherits
create table items (id bigint not null, region text not null, qty integer, constraint items_qty_check check (qty >= 0)) partition by list (region);
create table items_eu partition of items for values in ('de', 'fr');
create table items_us partition of items for values in ('us');
insert into items values (1, 'de', 5), (2, 'us', 500);
