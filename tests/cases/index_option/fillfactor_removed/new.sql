-- index_option/fillfactor_removed: a btree index loses its fillfactor (ALTER INDEX ... RESET)
create table orders (id integer primary key, customer_id integer not null);
create index orders_customer_id_idx on orders (customer_id);
