-- materialized_view/base_column_renamed: a column a materialized view reads is renamed; the view is kept, with its rows and its index, and keeps its output names
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as select region, sum(amount) as total from sales group by region;
create unique index region_totals_region_key on region_totals (region);
