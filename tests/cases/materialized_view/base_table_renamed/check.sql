select (select count(*) from sale_lines) = 3 and (select count(*) from region_totals) = 2 as t;
