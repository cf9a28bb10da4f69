-- partition/index_added_to_partitioned_table: an index is added to a partitioned table whose partitions hold rows; every partition gets its own
create table visits (
    id bigint not null,
    visited_on date not null,
    visitor text not null
) partition by range (visited_on);
create index visits_visitor on visits (visitor);
create table visits_2026_01 partition of visits for values from ('2026-01-01') to ('2026-02-01');
create table visits_2026_02 partition of visits for values from ('2026-02-01') to ('2026-03-01');
