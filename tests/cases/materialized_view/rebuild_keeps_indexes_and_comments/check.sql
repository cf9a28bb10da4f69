select (select count(*) from sales) = 3 and (select count(*) from region_totals where mean is not null) = 2 as t;
