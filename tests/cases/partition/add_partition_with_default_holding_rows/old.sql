-- partition/add_partition_with_default_holding_rows: a list partition is added to a table whose default partition holds rows of other values
create table stores (
    id integer not null,
    country text not null,
    city text not null
) partition by list (country);
create table stores_de partition of stores for values in ('de');
create table stores_other partition of stores default;
insert into stores values (1, 'de', 'Berlin'), (2, 'fr', 'Paris'), (3, 'it', 'Roma'), (4, 'es', 'Madrid');
