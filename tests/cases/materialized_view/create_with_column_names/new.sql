-- materialized_view/create_with_column_names: a materialized view is created with a column name list
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals (area, total_amount, sales_count) as
  select region, sum(amount), count(*) from sales group by region;
create index region_totals_area_idx on region_totals (area);
