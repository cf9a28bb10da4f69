-- partition/create_range_on_timestamptz: a table partitioned by range on a timestamptz column is created with two monthly partitions
create table page_views (
    id bigint generated always as identity,
    viewed_at timestamptz not null default now(),
    path text not null,
    primary key (id, viewed_at)
) partition by range (viewed_at);
create table page_views_2026_05 partition of page_views for values from ('2026-05-01 00:00:00+00') to ('2026-06-01 00:00:00+00');
create table page_views_2026_06 partition of page_views for values from ('2026-06-01 00:00:00+00') to ('2026-07-01 00:00:00+00');
