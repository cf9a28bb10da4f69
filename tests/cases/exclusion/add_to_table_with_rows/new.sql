-- exclusion/add_to_table_with_rows: an exclusion constraint against overlapping stays of a room is added to a booking table whose rows do not conflict
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    stay daterange not null,
    constraint bookings_room_id_stay_excl exclude using gist (room_id with =, stay with &&)
);
