-- index/partial: a partial index
create table orders (id integer primary key, status text, placed timestamptz);
