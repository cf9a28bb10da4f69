select (select relkind from pg_class where oid = 'public.region_totals'::regclass) = 'v' and (select count(*) from region_totals) = 2 and (select count(*) from sales) = 3 as t;
