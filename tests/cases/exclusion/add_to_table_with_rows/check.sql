select count(*) = 3 and count(*) filter (where room_id = 1) = 2 as t from bookings;
