-- partition/create_list_partitioned_with_default: a table partitioned by list is created with two list partitions and a default partition
create table customers (
    id integer not null,
    country text not null,
    name text not null,
    unique (id, country)
) partition by list (country);
create table customers_dach partition of customers for values in ('de', 'at', 'ch');
create table customers_benelux partition of customers for values in ('be', 'nl', 'lu');
create table customers_other partition of customers default;
