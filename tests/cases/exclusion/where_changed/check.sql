select count(*) = 3 and count(*) filter (where status = 'cancelled') = 1 as t from bookings;
