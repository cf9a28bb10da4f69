-- partition/create_list_key_on_lower_expression: a table partitioned by list on lower(region) is created with its partitions
create table shipments (
    id bigint not null,
    region text not null,
    weight_kg numeric(8, 3)
) partition by list (lower(region));
create table shipments_eu partition of shipments for values in ('eu');
create table shipments_us partition of shipments for values in ('us', 'ca');
create table shipments_rest partition of shipments default;
