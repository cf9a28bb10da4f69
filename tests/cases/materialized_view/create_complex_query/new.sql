-- materialized_view/create_complex_query: a materialized view with a CTE, a window function, a UNION, DISTINCT, casts and ORDER BY is created
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view ranked_sales as
  with big as (select id, region, amount from sales where amount >= 7)
  select distinct region, amount::integer as whole,
         rank() over (partition by region order by amount desc) as rnk,
         'big'::text as kind
  from big
  union all
  select region, amount::integer, 0, 'small' from sales where amount < 7
  order by 1, 2 desc;
