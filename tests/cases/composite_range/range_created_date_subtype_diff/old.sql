-- a range type over date with a SQL subtype_diff function is created for a new column
create table bookings (id int primary key);
insert into bookings values (1);
