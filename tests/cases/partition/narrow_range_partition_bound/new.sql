-- partition/narrow_range_partition_bound: a yearly range partition whose rows all fall in the first half is narrowed to that half
create table payroll (
    employee_id integer not null,
    paid_on date not null,
    gross numeric(10, 2) not null
) partition by range (paid_on);
create table payroll_2026 partition of payroll for values from ('2026-01-01') to ('2026-07-01');
create table payroll_2026_h2 partition of payroll for values from ('2026-07-01') to ('2027-01-01');
