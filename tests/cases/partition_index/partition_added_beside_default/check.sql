select count(*) = 3 and count(*) filter (where placed = '2027-01-01') = 1 as t from orders;
