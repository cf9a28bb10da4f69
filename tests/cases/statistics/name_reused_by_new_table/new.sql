-- statistics/name_reused_by_new_table: a table with statistics is dropped and a new table gets statistics of the same name
create table orders (id integer primary key, customer integer, region text, placed date);
create statistics orders_stats (dependencies) on region, placed from orders;
