-- exclusion/quoted_names: an exclusion constraint named with capitals, quotes and spaces is added to a table and columns named so, in a schema the file creates
create extension btree_gist;
create schema "Front ""Desk""";
create table "Front ""Desk"""."Room Bookings" ("Booking Id" integer primary key, "Room Id" integer not null, "Stay ""Period""" daterange not null, "Guest Name" text);
insert into "Front ""Desk"""."Room Bookings" values (1, 1, '[2024-05-01,2024-05-03)', 'Ann'), (2, 1, '[2024-05-03,2024-05-04)', 'Bob');
