-- partition_index/unique_add_with_rows: a list-partitioned table with rows gains a unique constraint over the partition key and a code
create table accounts (id integer not null, region text not null, code text) partition by list (region);
create table accounts_eu partition of accounts for values in ('de', 'fr');
create table accounts_us partition of accounts for values in ('us');
insert into accounts values (1, 'de', 'a'), (2, 'fr', 'a'), (3, 'us', 'a'), (4, 'us', null), (5, 'us', null);
