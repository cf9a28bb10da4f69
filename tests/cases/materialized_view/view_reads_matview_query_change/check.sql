select (select count(*) from sales) = 3 and (select count(*) from big_regions) = 1 and (select total from big_regions) = 10 as t;
