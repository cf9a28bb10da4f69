-- index_option/fillfactor_changed: a btree index's fillfactor changes from 70 to 90
create table orders (id integer primary key, customer_id integer not null);
create index orders_customer_id_idx on orders (customer_id) with (fillfactor = 70);
insert into orders values (1, 10), (2, 20);
