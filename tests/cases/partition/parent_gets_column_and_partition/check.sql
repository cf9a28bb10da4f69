select (select count(*) from deliveries where attempts = 1 and signed_by is null) = 2
   and (select count(*) from deliveries_2026_02 where courier = 'ups' and attempts = 1) = 1 as t;
