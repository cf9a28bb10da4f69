-- exclusion/expression_kept_through_column_renames: columns used in an exclusion constraint's expression element, INCLUDE list and WHERE predicate are renamed; the constraint is kept
create extension btree_gist;
create table meetings (
    id integer primary key,
    room_id integer not null,
    starts timestamptz not null,
    ends timestamptz not null,
    host text,
    cancelled boolean not null default false,
    constraint meetings_no_overlap exclude using gist (room_id with =, tstzrange(starts, ends) with &&) include (host) where (not cancelled)
);
insert into meetings values (1, 1, '2024-05-01 09:00+00', '2024-05-01 10:00+00', 'ann', false), (2, 1, '2024-05-01 09:30+00', '2024-05-01 10:30+00', 'bob', true);
