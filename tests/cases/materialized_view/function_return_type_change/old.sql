-- materialized_view/function_return_type_change: a function a materialized view calls changes its return type; the function is dropped and created again and the view rebuilt around it
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
create function tax_of(amount numeric) returns numeric language sql immutable as $$ select round(amount * 0.2, 2) $$;
create materialized view sales_tax as select id, region, tax_of(amount) as tax from sales;
create index sales_tax_region_idx on sales_tax (region);
