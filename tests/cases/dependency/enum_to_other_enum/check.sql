select count(*) = 1 as t from tickets where status = 'open';
