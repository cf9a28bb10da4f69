-- partition/create_range_key_on_date_trunc: a table partitioned by range on date_trunc('month', logged_at) is created with monthly partitions
create table access_log (
    logged_at timestamp not null,
    user_name text,
    action text not null
) partition by range (date_trunc('month', logged_at));
create table access_log_2026_01 partition of access_log for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table access_log_2026_02 partition of access_log for values from ('2026-02-01 00:00:00') to ('2026-03-01 00:00:00');
