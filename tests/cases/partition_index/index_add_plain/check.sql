select count(*) = 2 as t from events where user_id = 7;
