select my_agg(v) = 14 as t from (values (1), (2), (3)) x (v);
