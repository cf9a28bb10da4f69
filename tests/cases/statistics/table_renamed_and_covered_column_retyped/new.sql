-- statistics/table_renamed_and_covered_column_retyped: the table is renamed and a covered column goes from integer to bigint; the statistics come back on the renamed table
create table purchases (id integer constraint orders_pkey primary key, customer bigint, region text);
create statistics orders_customer_region on customer, region from purchases;
alter statistics orders_customer_region set statistics 50;
