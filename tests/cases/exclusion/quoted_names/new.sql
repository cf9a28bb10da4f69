-- exclusion/quoted_names: an exclusion constraint named with capitals, quotes and spaces is added to a table and columns named so, in a schema the file creates
create extension btree_gist;
create schema "Front ""Desk""";
create table "Front ""Desk"""."Room Bookings" (
    "Booking Id" integer primary key,
    "Room Id" integer not null,
    "Stay ""Period""" daterange not null,
    "Guest Name" text,
    constraint "No ""Double"" Booking" exclude using gist ("Room Id" with =, "Stay ""Period""" with &&) include ("Guest Name") where ("Guest Name" <> 'House "Use"')
);
