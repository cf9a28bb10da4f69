-- partition/add_monthly_partition_with_rows: next month's partition is added to a range-partitioned table whose partitions hold rows
create table invoices (
    id bigint not null,
    issued_on date not null,
    amount numeric(10, 2) not null,
    primary key (id, issued_on)
) partition by range (issued_on);
create index invoices_issued_on on invoices (issued_on);
create table invoices_2026_01 partition of invoices for values from ('2026-01-01') to ('2026-02-01');
create table invoices_2026_02 partition of invoices for values from ('2026-02-01') to ('2026-03-01');
create table invoices_2026_03 partition of invoices for values from ('2026-03-01') to ('2026-04-01');
