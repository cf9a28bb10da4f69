-- exclusion/include_changed: an exclusion constraint keeps its name and elements, its INCLUDE columns change: drop and add
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    guest text,
    note text,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&) include (note, guest)
);
