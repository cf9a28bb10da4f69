select count(*) = 2 as t from tickets where subject in ('login fails', 'slow page');
