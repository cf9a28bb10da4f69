-- index_option/fillfactor_added: an existing btree index gets fillfactor 70 (ALTER INDEX ... SET)
create table orders (id integer primary key, customer_id integer not null, placed_at timestamptz);
create index orders_customer_id_idx on orders (customer_id);
insert into orders values (1, 10, now()), (2, 20, now());
