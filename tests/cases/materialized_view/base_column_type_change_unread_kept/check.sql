select (select count(*) from sales where code is not null) = 2 and (select count(*) from region_totals) = 2 as t;
