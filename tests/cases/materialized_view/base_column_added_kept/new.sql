-- materialized_view/base_column_added_kept: a column is added to a table a materialized view reads with select *; the view is kept and keeps its columns
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null, note text);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view all_sales as select id, region, amount from sales;
create unique index all_sales_id_key on all_sales (id);
