-- exclusion/partial_where: a partial exclusion constraint (WHERE (not cancelled)) is added; cancelled bookings that overlap are left alone
create extension btree_gist;
create table bookings (id integer primary key, room_id integer not null, during daterange not null, cancelled boolean not null default false);
insert into bookings values
    (1, 1, '[2024-05-01,2024-05-05)', false),
    (2, 1, '[2024-05-02,2024-05-04)', true),
    (3, 1, '[2024-05-03,2024-05-06)', true),
    (4, 1, '[2024-05-05,2024-05-07)', false);
