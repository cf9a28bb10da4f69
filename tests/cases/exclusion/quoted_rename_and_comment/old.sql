-- exclusion/quoted_rename_and_comment: an exclusion constraint named with capitals, quotes and spaces, in a schema the file creates, is renamed and its comment changes
create extension btree_gist;
create schema "Front ""Desk""";
create table "Front ""Desk"""."Room Bookings" (
    "Booking Id" integer primary key,
    "Room Id" integer not null,
    "Stay ""Period""" daterange not null,
    constraint "Old ""Overlap"" Rule" exclude using gist ("Room Id" with =, "Stay ""Period""" with &&)
);
comment on constraint "Old ""Overlap"" Rule" on "Front ""Desk"""."Room Bookings" is 'the "old" rule';
insert into "Front ""Desk"""."Room Bookings" values (1, 1, '[2024-05-01,2024-05-03)');
