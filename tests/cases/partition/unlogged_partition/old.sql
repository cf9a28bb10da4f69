-- partition/unlogged_partition: one empty partition becomes unlogged and a new unlogged partition is added
create table cache_entries (
    key text not null,
    bucket integer not null,
    value bytea
) partition by list (bucket);
create table cache_entries_0 partition of cache_entries for values in (0);
create table cache_entries_1 partition of cache_entries for values in (1);
