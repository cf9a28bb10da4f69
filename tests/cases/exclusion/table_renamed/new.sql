-- exclusion/table_renamed: a table with an exclusion constraint is renamed; the constraint keeps its name and is not rebuilt
create extension btree_gist;
create table room_bookings (
    id integer,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_pkey primary key (id),
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
