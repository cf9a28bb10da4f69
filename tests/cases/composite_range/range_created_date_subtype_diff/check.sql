select count(*) = 1 and count(nights) = 0 as t from bookings;
