-- exclusion/include_columns: a gist exclusion constraint with INCLUDE columns is added to a booking table with rows
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    guest text,
    price numeric(10,2),
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&) include (guest, price)
);
