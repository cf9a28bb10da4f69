select count(*) = 1 as t from docs where status = 'sent';
