-- materialized_view/view_reads_matview_query_change: a view reads a materialized view whose query changes; both are rebuilt and the view keeps its text
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total, count(*) as n from sales group by region;
create view big_regions as select region, total from region_totals where total > 8;
