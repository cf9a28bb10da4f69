-- partition_index/check_add: a check constraint is added to a partitioned table with rows that satisfy it; every partition inherits it
create table items (id bigint not null, region text not null, qty integer, constraint items_qty_check check (qty >= 0)) partition by list (region);
create table items_eu partition of items for values in ('de', 'fr');
create table items_us partition of items for values in ('us');
