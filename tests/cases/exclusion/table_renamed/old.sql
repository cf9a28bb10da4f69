-- exclusion/table_renamed: a table with an exclusion constraint is renamed; the constraint keeps its name and is not rebuilt
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
insert into bookings values (1, 1, '[2024-05-01,2024-05-02)');
