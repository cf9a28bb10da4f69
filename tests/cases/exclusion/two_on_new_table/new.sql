-- exclusion/two_on_new_table: a table is created with two exclusion constraints (a room and a guest are each never booked twice at once)
create extension btree_gist;
create table stays (
    id integer primary key,
    room_id integer not null,
    guest_id integer not null,
    during daterange not null,
    constraint stays_room_excl exclude using gist (room_id with =, during with &&),
    constraint stays_guest_excl exclude using gist (guest_id with =, during with &&)
);
