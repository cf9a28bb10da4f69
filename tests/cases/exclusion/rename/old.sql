-- exclusion/rename: an exclusion constraint with the name PostgreSQL derived is renamed (its index follows), not dropped and added
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    exclude using gist (room_id with =, during with &&)
);
insert into bookings values (1, 1, '[2024-05-01,2024-05-02)');
