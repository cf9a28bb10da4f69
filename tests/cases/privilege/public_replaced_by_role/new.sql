-- privilege/public_replaced_by_role: SELECT on a table is taken from PUBLIC and given to one role only
create table orders (id integer primary key, customer text not null, total numeric(10,2));
grant select on orders to reporting;
