select has_table_privilege('report_reader', 'public.region_totals', 'SELECT') and not has_table_privilege('report_reader', 'public.region_totals', 'INSERT') as t;
