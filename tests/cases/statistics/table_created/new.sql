-- statistics/table_created: a new table is created with statistics, a target and a comment
create table t (id integer primary key);
create table addresses (id integer primary key, city text, zip text, country text);
create statistics addresses_geo (dependencies) on city, zip, country from addresses;
alter statistics addresses_geo set statistics 1000;
comment on statistics addresses_geo is 'zip implies city';
