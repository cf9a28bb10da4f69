select count(*) = 3 as t from desk_bookings;
