select (select count(*) from parcels) = 4
   and (select count(*) from parcels where carrier = 'ups') = 2
   and (select count(*) from parcels_misc) = 1 as t;
