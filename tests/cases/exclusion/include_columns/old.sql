-- exclusion/include_columns: a gist exclusion constraint with INCLUDE columns is added to a booking table with rows
create extension btree_gist;
create table bookings (id integer primary key, room_id integer not null, during tstzrange not null, guest text, price numeric(10,2));
insert into bookings values
    (1, 1, '[2024-05-01 14:00+00,2024-05-03 11:00+00)', 'ann', 200),
    (2, 2, '[2024-05-01 14:00+00,2024-05-02 11:00+00)', 'bob', 90);
