-- materialized_view/rebuilt_keeps_grants: a materialized view granted to a role is rebuilt for a new query and keeps its grant
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total, count(*) as n from sales where amount > 5 group by region;
grant select on region_totals to report_reader;
