-- a new materialized view with a unique index over a table with rows
create table orders (id int primary key, customer text not null, total numeric(10,2) not null);
insert into orders values (1, 'a', 10), (2, 'a', 5), (3, 'b', 7);
create materialized view customer_totals with (fillfactor = 90) as
  select customer, sum(total) as total, count(*) as n from orders group by customer;
create unique index customer_totals_customer on customer_totals (customer);
create index customer_totals_total on customer_totals (total desc) where n > 1;
comment on materialized view customer_totals is 'totals per customer';
