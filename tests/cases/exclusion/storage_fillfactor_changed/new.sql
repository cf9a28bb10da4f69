-- exclusion/storage_fillfactor_changed: an exclusion constraint's index fillfactor changes from 70 to 90, in place (ALTER INDEX ... SET)
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&) with (fillfactor = 90)
);
