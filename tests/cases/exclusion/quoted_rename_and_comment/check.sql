select count(*) = 1 as t from "Front ""Desk"""."Room Bookings";
