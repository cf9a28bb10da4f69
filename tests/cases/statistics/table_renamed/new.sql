-- statistics/table_renamed: the table of the statistics is renamed; the statistics keep their name and stay on it
create table purchases (id integer constraint orders_pkey primary key, customer integer, region text);
create statistics orders_customer_region on customer, region from purchases;
