-- privilege/view_grants: a view gets SELECT for one role; the table under it gets no grant
create table orders (id integer primary key, customer text not null, total numeric(10,2));
create view big_orders as select id, customer, total from orders where total > 1000;
