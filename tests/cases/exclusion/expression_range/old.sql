-- exclusion/expression_range: an exclusion constraint whose element is a range built from two columns (tstzrange(starts_at, ends_at) with &&) is added
create extension btree_gist;
create table meetings (
    id integer primary key,
    room_id integer not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null
);
insert into meetings values
    (1, 1, '2024-05-01 09:00+00', '2024-05-01 10:00+00'),
    (2, 1, '2024-05-01 10:00+00', '2024-05-01 11:00+00'),
    (3, 2, '2024-05-01 09:30+00', '2024-05-01 10:30+00');
