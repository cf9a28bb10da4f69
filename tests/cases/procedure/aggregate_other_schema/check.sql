select "Stats"."My Sum"(v) = 3 as t from (values (1), (2)) x (v);
