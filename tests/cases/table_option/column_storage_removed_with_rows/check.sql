select count(*) = 3 and sum(length(body)) = 3005 as t from documents where title in ('one', 'two', 'three');
