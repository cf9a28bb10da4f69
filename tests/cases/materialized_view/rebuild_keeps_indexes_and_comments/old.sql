-- materialized_view/rebuild_keeps_indexes_and_comments: a materialized view rebuilt for a new query gets back its storage parameters, comment, indexes and index comments
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals with (fillfactor = 80) as
  select region, sum(amount) as total, count(*) as n from sales group by region;
create unique index region_totals_region_key on region_totals (region);
create index region_totals_big_idx on region_totals (total desc) with (fillfactor = 70) where n > 1;
comment on materialized view region_totals is 'sales per region';
comment on index region_totals_big_idx is 'busy regions';
