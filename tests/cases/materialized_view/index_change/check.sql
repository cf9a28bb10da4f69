select (select count(*) from region_totals) = 2 as t;
