-- partition_index/keys_created_with_table: a new partitioned table is created with a primary key, a unique constraint and its partitions
create table unrelated (id integer primary key);
create table measurements (sensor integer not null, taken timestamptz not null, serial text not null, value double precision,
    constraint measurements_pkey primary key (sensor, taken),
    constraint measurements_serial_taken_key unique (serial, taken)) partition by range (taken);
create table measurements_2024 partition of measurements for values from ('2024-01-01 00:00:00+00') to ('2025-01-01 00:00:00+00');
create table measurements_2025 partition of measurements for values from ('2025-01-01 00:00:00+00') to ('2026-01-01 00:00:00+00');
create table measurements_other partition of measurements default;
