-- materialized_view/index_storage_param_change: an index of a kept materialized view changes its fillfactor in place (ALTER INDEX SET)
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total, count(*) as n from sales group by region;
create index region_totals_total_idx on region_totals (total) with (fillfactor = 70);
