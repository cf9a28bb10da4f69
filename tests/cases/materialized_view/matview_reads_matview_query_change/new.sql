-- materialized_view/matview_reads_matview_query_change: a materialized view reads another whose query changes; both are rebuilt with their indexes
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total from sales where amount > 5 group by region;
create index region_totals_total_idx on region_totals (total);
create materialized view grand_total as select sum(total) as total, count(*) as regions from region_totals;
create index grand_total_total_idx on grand_total (total);
