-- materialized_view/base_column_dropped: a column a materialized view reads is dropped from its table; the view no longer reads it and is rebuilt
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create materialized view sales_flat as select id, region, amount from sales;
create unique index sales_flat_id_key on sales_flat (id);
