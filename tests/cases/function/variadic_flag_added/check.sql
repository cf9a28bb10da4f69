select sum_all(1, 2, 3) = 6 as t;
