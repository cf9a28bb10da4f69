-- materialized_view/query_change: a materialized view's query changes and it is rebuilt; the base table keeps its rows
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total, count(*) as n, max(amount) as biggest
  from sales where amount > 6 group by region;
