select (select count(*) from metrics) = 2 and (select count(*) from metrics_web) = 1 as t;
