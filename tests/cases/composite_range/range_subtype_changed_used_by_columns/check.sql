select count(*) = 2 and string_agg(seats::text, ',' order by id) = '[1,5),[5,9)'
   and string_agg(coalesce(blocks::text, 'null'), ',' order by id) = '{[1,2),[4,6)},null'
   and (select history[1]::text from bookings where id = 1) = '[1,2)'
   and (select "Seat Range"(1::bigint, 3::bigint)) = '[1,3)'
   and (select pg_typeof(lower(seats)) from bookings limit 1)::text = 'bigint' as t
from bookings;
