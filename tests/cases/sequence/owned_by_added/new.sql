-- sequence/owned_by_added: a sequence used by a default becomes owned by that column
create sequence order_no;
create table orders (id integer primary key, number bigint default nextval('order_no'));
alter sequence order_no owned by orders.number;
