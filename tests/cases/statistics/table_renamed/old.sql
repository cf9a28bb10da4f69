-- statistics/table_renamed: the table of the statistics is renamed; the statistics keep their name and stay on it
create table orders (id integer primary key, customer integer, region text);
create statistics orders_customer_region on customer, region from orders;
insert into orders values (1, 7, 'eu');
