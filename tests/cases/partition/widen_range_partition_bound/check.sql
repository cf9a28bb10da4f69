select (select count(*) from bookings) = 3
   and (select count(*) from bookings_early) = 2
   and (select string_agg(guest, ',' order by id) from bookings where starts_on < '2026-03-01') = 'ann,bob' as t;
