-- exclusion/add_to_table_with_rows: an exclusion constraint against overlapping stays of a room is added to a booking table whose rows do not conflict
create extension btree_gist;
create table bookings (id integer primary key, room_id integer not null, stay daterange not null);
insert into bookings values
    (1, 1, '[2024-05-01,2024-05-04)'),
    (2, 1, '[2024-05-04,2024-05-06)'),
    (3, 2, '[2024-05-01,2024-05-05)');
