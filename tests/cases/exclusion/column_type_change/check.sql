select count(*) = 2 and sum(room_id) = 3 as t from bookings;
