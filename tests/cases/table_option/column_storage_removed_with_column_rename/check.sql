select count(*) = 2 and sum(length(body)) = 4005 as t from documents;
