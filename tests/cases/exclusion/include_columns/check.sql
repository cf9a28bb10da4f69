select count(*) = 2 and sum(price) = 290 as t from bookings;
