select count(*) = 2 and sum(pct) = 100 as t from scores;
