-- materialized_view/base_table_renamed: the table a materialized view reads is renamed; the view is kept with its rows
create table sales (id integer constraint sales_pkey primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view region_totals as select region, sum(amount) as total from sales group by region;
