select count(*) = 1 and min((home).city) = 'Springfield' and min((home).street) = '1 Main St' and count((home).zip) = 0 as t from people;
