-- partition/plain_table_to_range_partitioned: a plain table holding rows becomes partitioned by range, which recreates it (its rows are lost)
create table clicks (
    id bigint not null,
    clicked_at timestamp not null,
    url text not null,
    primary key (id, clicked_at)
);
create index clicks_url on clicks (url);
insert into clicks values (1, '2026-01-01 12:00:00', '/'), (2, '2026-01-02 12:00:00', '/about');
