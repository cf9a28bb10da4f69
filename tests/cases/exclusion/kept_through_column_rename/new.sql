-- exclusion/kept_through_column_rename: a column an exclusion constraint uses is renamed; the constraint is kept, not dropped and added
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
