select (select count(*) from region_totals where area = 'north' and total_amount = 15 and sales_count = 2) = 1 as t;
