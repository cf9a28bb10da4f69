-- exclusion/operator_changed: an exclusion constraint keeps its name and elements, one element's operator changes (&& to =): drop and add
create extension btree_gist;
create table slots (
    id integer primary key,
    room_id integer not null,
    during tstzrange not null,
    constraint slots_room_during_excl exclude using gist (room_id with =, during with =)
);
