-- materialized_view/base_column_dropped: a column a materialized view reads is dropped from its table; the view no longer reads it and is rebuilt
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null, note text);
insert into sales values (1, 'north', 10, 'x'), (2, 'north', 5, null), (3, 'south', 7, 'y');
create materialized view sales_flat as select id, region, amount, note from sales;
create unique index sales_flat_id_key on sales_flat (id);
