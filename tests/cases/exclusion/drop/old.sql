-- exclusion/drop: an exclusion constraint is dropped; the rows stay
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
insert into bookings values (1, 1, '[2024-05-01,2024-05-02)'), (2, 1, '[2024-05-02,2024-05-03)');
