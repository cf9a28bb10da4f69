select my_pct(0.5) within group (order by g) = 6 as t from generate_series(1, 10) g;
