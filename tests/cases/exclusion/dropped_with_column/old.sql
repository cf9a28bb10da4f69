-- exclusion/dropped_with_column: a column an exclusion constraint uses is dropped; the constraint goes with it, the other rows' data stays
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    note text,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
insert into bookings values (1, 1, '[2024-05-01,2024-05-02)', 'x'), (2, 2, '[2024-05-01,2024-05-02)', 'y');
