select count(*) = 2 as t from docs where status = 'pending';
