-- exclusion/partial_where: a partial exclusion constraint (WHERE (not cancelled)) is added; cancelled bookings that overlap are left alone
create extension btree_gist;
create table bookings (
    id integer primary key,
    room_id integer not null,
    during daterange not null,
    cancelled boolean not null default false,
    constraint bookings_active_no_overlap exclude using gist (room_id with =, during with &&) where (not cancelled)
);
