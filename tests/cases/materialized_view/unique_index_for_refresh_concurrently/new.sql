-- materialized_view/unique_index_for_refresh_concurrently: a unique index on all rows is added to a kept materialized view, as REFRESH CONCURRENTLY needs
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total, count(*) as n from sales group by region;
create unique index region_totals_region_key on region_totals (region);
