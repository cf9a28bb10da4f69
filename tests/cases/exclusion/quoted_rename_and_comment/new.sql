-- exclusion/quoted_rename_and_comment: an exclusion constraint named with capitals, quotes and spaces, in a schema the file creates, is renamed and its comment changes
create extension btree_gist;
create schema "Front ""Desk""";
create table "Front ""Desk"""."Room Bookings" (
    "Booking Id" integer primary key,
    "Room Id" integer not null,
    "Stay ""Period""" daterange not null,
    constraint "No ""Double"" Booking; Ever" exclude using gist ("Room Id" with =, "Stay ""Period""" with &&)
);
comment on constraint "No ""Double"" Booking; Ever" on "Front ""Desk"""."Room Bookings" is 'a room''s stays never overlap';
