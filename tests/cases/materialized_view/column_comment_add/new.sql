-- materialized_view/column_comment_add: a comment is added to a column of a kept materialized view
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as
  select region, sum(amount) as total, count(*) as n from sales group by region;
comment on column region_totals.total is 'sum of amounts';
