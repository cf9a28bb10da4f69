select count(*) = 1 and min(city) = 'Springfield' as t from people_contacts;
