-- materialized_view/create_with_base_table_and_view: a table, a materialized view reading it, an index on that and a view reading the materialized view are all created in one plan
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
create materialized view region_totals as
  select region, sum(amount) as total from sales group by region;
create unique index region_totals_region_key on region_totals (region);
create view top_regions as select region, total from region_totals order by total desc limit 3;
