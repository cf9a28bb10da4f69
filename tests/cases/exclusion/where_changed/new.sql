-- exclusion/where_changed: a partial exclusion constraint's predicate changes (a string literal in it): drop and add
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during daterange not null,
    status text not null,
    constraint bookings_live_no_overlap exclude using gist (room_id with =, during with &&) where (status in ('confirmed', 'held'))
);
