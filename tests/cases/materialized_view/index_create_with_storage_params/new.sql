-- materialized_view/index_create_with_storage_params: an index with storage parameters is added to a kept materialized view
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total, count(*) as n from sales group by region;
create index region_totals_region_idx on region_totals (region) with (fillfactor = 80, deduplicate_items = off);
