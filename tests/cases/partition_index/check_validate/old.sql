-- partition_index/check_validate: a NOT VALID check of a partitioned table is validated, on the table and on each partition
create table items (id bigint not null, region text not null, qty integer) partition by list (region);
create table items_eu partition of items for values in ('de', 'fr');
create table items_us partition of items for values in ('us');
insert into items values (1, 'de', 5), (2, 'us', 3);
alter table items add constraint items_qty_check check (qty >= 0) not valid;
