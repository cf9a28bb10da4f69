select (select count(*) from shipments) = 1 and (select count(*) from orders) = 1 as t;
