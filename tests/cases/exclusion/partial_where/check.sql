select count(*) = 4 and count(*) filter (where cancelled) = 2 as t from bookings;
