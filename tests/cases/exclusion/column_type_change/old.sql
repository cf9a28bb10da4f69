-- exclusion/column_type_change: a column under an exclusion constraint changes type (integer to bigint); PostgreSQL rebuilds the constraint's index, the constraint and rows stay
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
insert into bookings values (1, 1, '[2024-05-01,2024-05-02)'), (2, 2, '[2024-05-01,2024-05-02)');
