-- exclusion/kept_through_column_rename: a column an exclusion constraint uses is renamed; the constraint is kept, not dropped and added
create extension btree_gist;
create table bookings (
    id integer primary key,
    room integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room with =, during with &&)
);
insert into bookings values (1, 1, '[2024-05-01,2024-05-02)'), (2, 1, '[2024-05-02,2024-05-03)');
