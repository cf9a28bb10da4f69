select has_table_privilege('report_reader', 'public.region_totals', 'SELECT') and (select sum(n) from region_totals) = 2 as t;
