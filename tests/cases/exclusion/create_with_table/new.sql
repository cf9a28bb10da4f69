-- exclusion/create_with_table: a booking table is created with an exclusion constraint so that no two reservations of a room overlap
create extension btree_gist;
create table rooms (id integer primary key, name text not null);
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
