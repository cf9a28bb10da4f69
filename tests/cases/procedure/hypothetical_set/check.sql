select my_rank(3) within group (order by g) = 3 as t from generate_series(1, 5) g;
