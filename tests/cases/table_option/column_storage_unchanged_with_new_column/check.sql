select count(*) = 2 as t from messages where body in ('hello', 'bye');
