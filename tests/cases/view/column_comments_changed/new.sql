-- comments on a kept view's columns are added, changed and removed
create table orders (id int primary key, customer text, total numeric);
create view order_totals as select customer, sum(total) as total, count(*) as n from orders group by customer;
comment on column order_totals.total is 'sum of totals, "exact"';
comment on column order_totals."customer" is 'who ordered';
