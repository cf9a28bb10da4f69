-- partition/narrow_range_partition_bound: a yearly range partition whose rows all fall in the first half is narrowed to that half
create table payroll (
    employee_id integer not null,
    paid_on date not null,
    gross numeric(10, 2) not null
) partition by range (paid_on);
create table payroll_2026 partition of payroll for values from ('2026-01-01') to ('2027-01-01');
insert into payroll values (7, '2026-01-31', 3000), (7, '2026-02-28', 3000), (8, '2026-06-30', 4100);
