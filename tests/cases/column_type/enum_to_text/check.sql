select count(*) = 1 as t from docs where id = 1 and status = 'sent';
