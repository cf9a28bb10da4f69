select (select count(*) from reporting.region_totals) = 2 as t;
