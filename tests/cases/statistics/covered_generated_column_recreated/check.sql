select count(*) = 1 as t from people where full_name = 'Lovelace, Ada';
