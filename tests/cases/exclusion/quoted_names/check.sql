select count(*) = 2 as t from "Front ""Desk"""."Room Bookings";
