select count(*) = 1 as t from documents where is_public;
