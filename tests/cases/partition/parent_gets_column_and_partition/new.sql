-- partition/parent_gets_column_and_partition: a partitioned table holding rows gets a new column (on every partition) and a new partition in the same plan
create table deliveries (
    id bigint not null,
    shipped_on date not null,
    courier text not null,
    signed_by text,
    attempts integer not null default 1
) partition by range (shipped_on);
create table deliveries_2026_01 partition of deliveries for values from ('2026-01-01') to ('2026-02-01');
create table deliveries_2026_02 partition of deliveries for values from ('2026-02-01') to ('2026-03-01');
create table deliveries_2026_03 partition of deliveries for values from ('2026-03-01') to ('2026-04-01');
