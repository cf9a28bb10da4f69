select my_avg(v) = 2 as t from (values (1), (2), (3)) x (v);
