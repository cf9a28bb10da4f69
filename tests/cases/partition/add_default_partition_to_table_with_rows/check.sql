select (select count(*) from vehicles) = 2 and (select count(*) from vehicles_other) = 0 as t;
