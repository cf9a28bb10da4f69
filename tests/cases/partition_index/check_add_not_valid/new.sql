-- partition_index/check_add_not_valid: a check is added NOT VALID to a partitioned table whose old rows break it; every partition inherits it NOT VALID
create table items (id bigint not null, region text not null, qty integer) partition by list (region);
create table items_eu partition of items for values in ('de', 'fr');
create table items_us partition of items for values in ('us');
alter table items add constraint items_qty_check check (qty >= 0) not valid;
