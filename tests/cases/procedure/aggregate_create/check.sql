select my_sum(v) = 6 as t from (values (1), (2), (3)) x (v);
