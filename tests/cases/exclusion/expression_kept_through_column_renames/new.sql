-- exclusion/expression_kept_through_column_renames: columns used in an exclusion constraint's expression element, INCLUDE list and WHERE predicate are renamed; the constraint is kept
create extension btree_gist;
create table meetings (
    id integer primary key,
    room_id integer not null,
    starts_at timestamptz not null,
    ends timestamptz not null,
    organizer text,
    is_cancelled boolean not null default false,
    constraint meetings_no_overlap exclude using gist (room_id with =, tstzrange(starts_at, ends) with &&) include (organizer) where (not is_cancelled)
);
