select count(*) = 2 and string_agg(note, ',' order by id) = 'x,y' as t from bookings;
