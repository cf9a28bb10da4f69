-- partition/attach_plain_table_as_partition: a plain table holding rows, with the same columns as a partitioned table, becomes its partition
create table archive (
    id bigint not null,
    archived_on date not null,
    payload text
) partition by range (archived_on);
create table archive_2026 partition of archive for values from ('2026-01-01') to ('2027-01-01');
create table archive_2025 (
    id bigint not null,
    archived_on date not null,
    payload text
);
insert into archive_2025 values (1, '2025-03-04', 'a'), (2, '2025-12-31', 'b');
insert into archive values (3, '2026-01-01', 'c');
