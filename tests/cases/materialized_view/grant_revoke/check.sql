select not has_table_privilege('report_reader', 'public.region_totals', 'SELECT') as t;
