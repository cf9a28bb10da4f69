select (select count(*) from sales) = 3 and not (select relispopulated from pg_class where oid = 'public.region_totals'::regclass) as t;
