select count(*) = 1 as t from records_open where owner_name = 'ann';
