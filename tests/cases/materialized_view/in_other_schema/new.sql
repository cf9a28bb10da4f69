-- materialized_view/in_other_schema: a materialized view with an index and a comment is created in a new schema, reading a table in public
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create schema reporting;
create materialized view reporting.region_totals as
  select region, sum(amount) as total from public.sales group by region;
create index region_totals_total_idx on reporting.region_totals (total);
comment on materialized view reporting.region_totals is 'sales per region';
