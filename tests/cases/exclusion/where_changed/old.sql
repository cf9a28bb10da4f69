-- exclusion/where_changed: a partial exclusion constraint's predicate changes (a string literal in it): drop and add
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during daterange not null,
    status text not null,
    constraint bookings_live_no_overlap exclude using gist (room_id with =, during with &&) where (status = 'confirmed')
);
insert into bookings values
    (1, 1, '[2024-05-01,2024-05-05)', 'confirmed'),
    (2, 1, '[2024-05-02,2024-05-04)', 'cancelled'),
    (3, 1, '[2024-05-06,2024-05-08)', 'held');
