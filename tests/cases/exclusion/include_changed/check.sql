select count(*) = 1 as t from bookings;
