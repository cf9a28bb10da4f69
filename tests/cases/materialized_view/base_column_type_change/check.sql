select (select sum(qty) from sales) = 22 and (select count(*) from region_qty) = 2 and (select pg_typeof(qty)::text from region_qty limit 1) = 'bigint' as t;
