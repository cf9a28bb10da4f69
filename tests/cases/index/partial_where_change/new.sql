-- index/partial_where_change: a partial index keeps its name, its predicate changes
create table orders (id integer primary key, status text, placed timestamptz);
create index orders_open_idx on orders (placed) where status in ('open', 'held');
