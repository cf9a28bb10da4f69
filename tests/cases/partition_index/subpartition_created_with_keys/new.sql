-- partition_index/subpartition_created_with_keys: a new sub-partitioned table is created with a primary key and an index on the top table, which reach every level
create table other (id integer);
create table readings (device integer not null, taken date not null, region text not null, value numeric,
    constraint readings_pkey primary key (device, taken, region)) partition by range (taken);
create index readings_region_value_idx on readings (region, value desc);
create table readings_2024 partition of readings for values from ('2024-01-01') to ('2025-01-01') partition by list (region);
create table readings_2024_eu partition of readings_2024 for values in ('eu');
create table readings_2024_rest partition of readings_2024 default;
create table readings_other partition of readings default;
