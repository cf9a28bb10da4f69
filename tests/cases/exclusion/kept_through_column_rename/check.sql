select count(*) = 2 and count(*) filter (where room_id = 1) = 2 as t from bookings;
