-- index/partial: a partial index
create table orders (id integer primary key, status text, placed timestamptz);
create index orders_open_idx on orders (placed) where status = 'open' and placed is not null;
