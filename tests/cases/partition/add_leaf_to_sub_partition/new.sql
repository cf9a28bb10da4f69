-- partition/add_leaf_to_sub_partition: a partition is added under a partition that is itself partitioned, its siblings holding rows
create table tickets (
    id bigint not null,
    team text not null,
    opened_on date not null,
    title text
) partition by list (team);
create table tickets_support partition of tickets for values in ('support') partition by range (opened_on);
create table tickets_support_2026_01 partition of tickets_support for values from ('2026-01-01') to ('2026-02-01');
create table tickets_support_2026_02 partition of tickets_support for values from ('2026-02-01') to ('2026-03-01');
create table tickets_sales partition of tickets for values in ('sales');
