select count(*) = 2 and sum(best) = 10 and sum(cardinality(rounds)) = 3 and max(rounds[3]) = 3 as t from games;
