-- exclusion/elements_changed: an exclusion constraint keeps its name and loses an element (floor with =), so a room is never double-booked whatever the floor: drop and add
create extension btree_gist;
create table bookings (
    id integer primary key,
    floor integer not null,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
