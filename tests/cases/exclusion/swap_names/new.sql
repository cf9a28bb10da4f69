-- exclusion/swap_names: two exclusion constraints of a table swap names (renames through a free name, no drop and add)
create extension btree_gist;
create table stays (
    id integer primary key,
    room_id integer not null,
    guest_id integer not null,
    during daterange not null,
    constraint stays_second_excl exclude using gist (room_id with =, during with &&),
    constraint stays_first_excl exclude using gist (guest_id with =, during with &&)
);
