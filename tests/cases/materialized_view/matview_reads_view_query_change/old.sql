-- materialized_view/matview_reads_view_query_change: a materialized view reads a view whose query changes; both are rebuilt and the materialized view keeps its text
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create view north_sales as select id, region, amount from sales where region = 'north';
create materialized view north_totals as select region, sum(amount) as total from north_sales group by region;
create unique index north_totals_region_key on north_totals (region);
