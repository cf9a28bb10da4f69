-- statistics/table_renamed_and_covered_column_retyped: the table is renamed and a covered column goes from integer to bigint; the statistics come back on the renamed table
create table orders (id integer primary key, customer integer, region text);
create statistics orders_customer_region on customer, region from orders;
alter statistics orders_customer_region set statistics 50;
insert into orders values (1, 7, 'eu');
