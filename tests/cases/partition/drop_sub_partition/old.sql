-- partition/drop_sub_partition: a partition of a sub-partitioned partition is dropped with its rows; its sibling keeps its rows
create table metrics (
    host text not null,
    taken_at timestamp not null,
    value double precision
) partition by list (host);
create table metrics_web partition of metrics for values in ('web1', 'web2') partition by range (taken_at);
create table metrics_web_2026_01 partition of metrics_web for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table metrics_web_2026_02 partition of metrics_web for values from ('2026-02-01 00:00:00') to ('2026-03-01 00:00:00');
create table metrics_db partition of metrics for values in ('db1');
insert into metrics values ('web1', '2026-01-05 10:00:00', 0.5), ('web2', '2026-02-05 10:00:00', 0.7), ('db1', '2026-01-05 10:00:00', 0.9);
