-- materialized_view/unchanged_with_indexes: a materialized view with storage parameters, a comment and several indexes is unchanged: the plan is empty
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals with (fillfactor = 80) as
  select region, sum(amount) as total, count(*) as n from sales where amount > 0 group by region;
create unique index region_totals_region_key on region_totals (region) include (n);
create index region_totals_big_idx on region_totals (total desc nulls last) where n > 1;
create index region_totals_lower_idx on region_totals (lower(region)) with (fillfactor = 70);
create index region_totals_hash on region_totals using hash (region);
comment on materialized view region_totals is 'sales per region';
comment on index region_totals_big_idx is 'busy regions';
create materialized view empty_totals as select region, count(*) as n from sales group by region with no data;
