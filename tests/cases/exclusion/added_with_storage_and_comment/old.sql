-- exclusion/added_with_storage_and_comment: an exclusion constraint with a fillfactor and a comment is added to a table with rows
create extension btree_gist;
create table desk_bookings (id integer primary key, desk_id integer not null, day date not null);
insert into desk_bookings values (1, 1, '2024-05-01'), (2, 1, '2024-05-02'), (3, 2, '2024-05-01');
