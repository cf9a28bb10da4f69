select count(*) = 1 as t from room_bookings;
