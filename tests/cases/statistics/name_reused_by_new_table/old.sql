-- statistics/name_reused_by_new_table: a table with statistics is dropped and a new table gets statistics of the same name
create table old_orders (id integer primary key, customer integer, region text);
create statistics orders_stats on customer, region from old_orders;
