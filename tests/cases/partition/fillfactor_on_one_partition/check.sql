select coalesce((select sum(hits) from counters), 0) = 30 as t;
