select count(*) = 2 and count(updated_at) = 0 as t from events;
