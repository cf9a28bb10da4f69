-- materialized_view/rebuild_with_no_data: an unpopulated materialized view (WITH NO DATA) whose query changes is rebuilt and stays unpopulated
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total from sales where amount > 5 group by region
  with no data;
