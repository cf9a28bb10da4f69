-- exclusion/added_with_storage_and_comment: an exclusion constraint with a fillfactor and a comment is added to a table with rows
create extension btree_gist;
create table desk_bookings (
    id integer primary key,
    desk_id integer not null,
    day date not null,
    constraint desk_bookings_one_per_day exclude using gist (desk_id with =, day with =) with (fillfactor = 60)
);
comment on constraint desk_bookings_one_per_day on desk_bookings is 'one booking per desk and day';
