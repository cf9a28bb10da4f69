-- partition/detach_partition_into_plain_table: a partition holding rows becomes a table of its own with the same columns; its rows stay in it
create table audit_trail (
    id bigint not null,
    logged_on date not null,
    actor text not null,
    detail text
) partition by range (logged_on);
create table audit_trail_2026 partition of audit_trail for values from ('2026-01-01') to ('2027-01-01');
create table audit_trail_2025 (
    id bigint not null,
    logged_on date not null,
    actor text not null,
    detail text
);
