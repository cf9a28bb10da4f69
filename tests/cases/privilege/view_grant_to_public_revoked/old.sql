-- privilege/view_grant_to_public_revoked: a view readable by PUBLIC becomes readable by one role only, and that role may also INSERT through it
create table orders (id integer primary key, customer text not null, total numeric(10,2));
create view customer_orders as select id, customer from orders;
grant select on customer_orders to public;
