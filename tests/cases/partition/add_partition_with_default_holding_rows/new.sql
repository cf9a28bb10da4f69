-- partition/add_partition_with_default_holding_rows: a list partition is added to a table whose default partition holds rows of other values
create table stores (
    id integer not null,
    country text not null,
    city text not null
) partition by list (country);
create table stores_de partition of stores for values in ('de');
create table stores_at_ch partition of stores for values in ('at', 'ch');
create table stores_other partition of stores default;
