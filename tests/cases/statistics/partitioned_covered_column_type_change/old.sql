-- statistics/partitioned_covered_column_type_change: a column covered by statistics on a partitioned table and on a partition goes from integer to bigint over rows
create table m (id integer not null, a integer, b integer, at date not null) partition by range (at);
create table m_2024 partition of m for values from ('2024-01-01') to ('2025-01-01');
create table m_2025 partition of m for values from ('2025-01-01') to ('2026-01-01');
create statistics m_ab on a, b from m;
alter statistics m_ab set statistics 600;
create statistics m_2025_ab (dependencies) on a, b from m_2025;
comment on statistics m_2025_ab is 'one partition';
insert into m values (1, 1, 1, '2024-05-01'), (2, 2, 2, '2025-05-01');
