select count(*) = 2 as t from events;
