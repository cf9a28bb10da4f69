-- exclusion/column_type_change: a column under an exclusion constraint changes type (integer to bigint); PostgreSQL rebuilds the constraint's index, the constraint and rows stay
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id bigint not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
