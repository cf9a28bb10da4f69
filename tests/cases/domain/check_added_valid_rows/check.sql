select count(*) = 3 and sum(pct) = 150 as t from scores;
