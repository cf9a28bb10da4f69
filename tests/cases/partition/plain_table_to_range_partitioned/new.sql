-- partition/plain_table_to_range_partitioned: a plain table holding rows becomes partitioned by range, which recreates it (its rows are lost)
create table clicks (
    id bigint not null,
    clicked_at timestamp not null,
    url text not null,
    primary key (id, clicked_at)
) partition by range (clicked_at);
create index clicks_url on clicks (url);
create table clicks_2026_01 partition of clicks for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table clicks_rest partition of clicks default;
