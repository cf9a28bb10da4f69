-- materialized_view/drop_with_base_table: a materialized view and the table it reads are dropped together
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create table keep (id integer primary key);
create materialized view region_totals as
  select region, sum(amount) as total from sales group by region;
create index region_totals_total_idx on region_totals (total);
