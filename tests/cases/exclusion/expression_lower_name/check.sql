select count(*) = 3 and bool_or(name = 'BLUE') as t from tags;
