-- partition_index/unique_add_with_rows: a list-partitioned table with rows gains a unique constraint over the partition key and a code
create table accounts (id integer not null, region text not null, code text,
    constraint accounts_region_code_key unique (region, code)) partition by list (region);
create table accounts_eu partition of accounts for values in ('de', 'fr');
create table accounts_us partition of accounts for values in ('us');
