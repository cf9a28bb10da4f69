select count(*) = 1 as t from documents where owner_name = 'alice';
