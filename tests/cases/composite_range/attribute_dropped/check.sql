select count(*) = 1 and min((home).city) = 'Springfield' and min((home).street) = '1 Main St' as t from people;
