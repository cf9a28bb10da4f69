-- partition/attach_table_with_other_column_order: a plain table holding rows whose columns are in another order than its parent's becomes a partition; it keeps its column order and rows
create table sightings (
    id bigint not null,
    seen_on date not null,
    species text not null
) partition by range (seen_on);
create table sightings_2026 partition of sightings for values from ('2026-01-01') to ('2027-01-01');
create table sightings_2025 (
    species text not null,
    id bigint not null,
    seen_on date not null
);
alter table sightings attach partition sightings_2025 for values from ('2025-01-01') to ('2026-01-01');
