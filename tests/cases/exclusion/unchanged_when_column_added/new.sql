-- exclusion/unchanged_when_column_added: a column is added to a table whose exclusion constraints (expression element, INCLUDE, WHERE, storage, DEFERRABLE, comment) stay as they are and are not touched
create extension btree_gist;
create table meetings (
    id integer primary key,
    room_id integer not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    host text,
    status text not null,
    topic text,
    constraint meetings_no_overlap exclude using gist (room_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
        include (host) with (fillfactor = 80) where (status <> all (array['cancelled', 'draft'])) deferrable,
    constraint meetings_host_excl exclude (lower(host) with =, starts_at with =)
);
comment on constraint meetings_no_overlap on meetings is 'rooms are never double-booked';
