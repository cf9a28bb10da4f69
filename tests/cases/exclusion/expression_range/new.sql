-- exclusion/expression_range: an exclusion constraint whose element is a range built from two columns (tstzrange(starts_at, ends_at) with &&) is added
create extension btree_gist;
create table meetings (
    id integer primary key,
    room_id integer not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    constraint meetings_no_overlap exclude using gist (room_id with =, tstzrange(starts_at, ends_at) with &&)
);
