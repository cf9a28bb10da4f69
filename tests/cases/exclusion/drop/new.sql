-- exclusion/drop: an exclusion constraint is dropped; the rows stay
create extension btree_gist;
create table bookings (id integer primary key, room_id integer not null, during tstzrange not null);
