-- materialized_view/over_partitioned_table: a materialized view with an index is created over a partitioned table with rows in two partitions
create table sales (id integer not null, sold_on date not null, amount numeric(10,2) not null, primary key (id, sold_on)) partition by range (sold_on);
create table sales_2023 partition of sales for values from ('2023-01-01') to ('2024-01-01');
create table sales_2024 partition of sales for values from ('2024-01-01') to ('2025-01-01');
insert into sales values (1, '2023-05-01', 10), (2, '2024-02-01', 5), (3, '2024-03-01', 7);
create materialized view yearly_sales as
  select extract(year from sold_on)::integer as year, sum(amount) as total, count(*) as n from sales group by 1;
create unique index yearly_sales_year_key on yearly_sales (year);
