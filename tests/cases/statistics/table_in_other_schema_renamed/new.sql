-- statistics/table_in_other_schema_renamed: a table of schema app is renamed; statistics of schema stats on it are kept
create schema app;
create schema stats;
create table app.purchases (id integer constraint orders_pkey primary key, customer integer, region text);
create statistics stats.orders_cr (dependencies) on customer, region from app.purchases;
comment on statistics stats.orders_cr is 'on app.orders';
