-- materialized_view/function_created_with_matview: a function and a materialized view calling it, with an expression index using it, are created in one plan
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create function band(amount numeric) returns text language sql immutable as $$ select case when amount >= 7 then 'high' else 'low' end $$;
create materialized view sales_bands as select id, band(amount) as band, amount from sales;
create index sales_bands_band_idx on sales_bands (band(amount));
