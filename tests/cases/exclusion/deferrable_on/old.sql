-- exclusion/deferrable_on: an exclusion constraint becomes DEFERRABLE (drop and add: PostgreSQL cannot alter it in place)
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room_id with =, during with &&)
);
insert into bookings values (1, 1, '[2024-05-01,2024-05-02)'), (2, 2, '[2024-05-01,2024-05-02)');
