select count(*) = 2 and count(during) = 0 as t from reservations;
